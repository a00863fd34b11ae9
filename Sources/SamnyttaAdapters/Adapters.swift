// The adapters: JSON in and out, model loading, rendering.
