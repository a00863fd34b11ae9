import SamnyttaFormats

/// A PNG decoder (8-bit greyscale, RGB, palette, grey+alpha and RGBA; no interlacing) built on
/// ``Inflate``, so the browser test can look at the pixels of Chromium's screenshot without any
/// third-party code. Pixels come out as RGBA.
struct PNGImage {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  var width: Int
  var height: Int
  /// width × height × 4 bytes, row by row.
  var rgba: [UInt8]

  func pixel(_ x: Int, _ y: Int) -> (r: UInt8, g: UInt8, b: UInt8, a: UInt8) {
    let i = (y * width + x) * 4
    return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
  }

  init(_ bytes: [UInt8]) throws {
    let signature: [UInt8] = [137, 80, 78, 71, 13, 10, 26, 10]
    guard bytes.count > 8, Array(bytes[0..<8]) == signature else { throw Failure(description: "not a PNG file") }
    func u32(_ i: Int) -> Int { Int(bytes[i]) << 24 | Int(bytes[i + 1]) << 16 | Int(bytes[i + 2]) << 8 | Int(bytes[i + 3]) }
    var position = 8
    var header: [UInt8] = []
    var palette: [UInt8] = []
    var data: [UInt8] = []
    var ended = false
    while position + 8 <= bytes.count {
      let length = u32(position)
      let type = String(decoding: bytes[position + 4..<position + 8], as: UTF8.self)
      let start = position + 8
      guard length >= 0, start + length + 4 <= bytes.count else { throw Failure(description: "chunk \(type) runs past the end") }
      let body = Array(bytes[start..<start + length])
      switch type {
      case "IHDR": header = body
      case "PLTE": palette = body
      case "IDAT": data += body
      case "IEND": ended = true
      default: break
      }
      position = start + length + 4
      if ended { break }
    }
    guard ended, header.count == 13 else { throw Failure(description: "missing IHDR or IEND") }
    width = Int(header[0]) << 24 | Int(header[1]) << 16 | Int(header[2]) << 8 | Int(header[3])
    height = Int(header[4]) << 24 | Int(header[5]) << 16 | Int(header[6]) << 8 | Int(header[7])
    let depth = header[8]
    let colourType = header[9]
    let interlace = header[12]
    guard width > 0, height > 0, width <= 20_000, height <= 20_000 else { throw Failure(description: "implausible size \(width)×\(height)") }
    guard depth == 8 else { throw Failure(description: "bit depth \(depth) not supported") }
    guard interlace == 0 else { throw Failure(description: "interlaced PNG not supported") }
    let channels: Int
    switch colourType {
    case 0: channels = 1
    case 2: channels = 3
    case 3: channels = 1
    case 4: channels = 2
    case 6: channels = 4
    default: throw Failure(description: "colour type \(colourType) not supported")
    }
    let raw = try Inflate.zlib(data, limit: 400_000_000)
    let stride = width * channels
    guard raw.count == height * (stride + 1) else {
      throw Failure(description: "image data has \(raw.count) bytes, expected \(height * (stride + 1))")
    }

    // Undo the per-row filters (none, sub, up, average, Paeth).
    var pixels = [UInt8](repeating: 0, count: height * stride)
    for y in 0..<height {
      let filter = raw[y * (stride + 1)]
      let source = y * (stride + 1) + 1
      let row = y * stride
      for x in 0..<stride {
        let value = raw[source + x]
        let a = x >= channels ? Int(pixels[row + x - channels]) : 0
        let b = y > 0 ? Int(pixels[row - stride + x]) : 0
        let c = x >= channels && y > 0 ? Int(pixels[row - stride + x - channels]) : 0
        let predictor: Int
        switch filter {
        case 0: predictor = 0
        case 1: predictor = a
        case 2: predictor = b
        case 3: predictor = (a + b) / 2
        case 4:
          let p = a + b - c
          let pa = abs(p - a)
          let pb = abs(p - b)
          let pc = abs(p - c)
          predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
        default: throw Failure(description: "unknown filter \(filter) in row \(y)")
        }
        pixels[row + x] = UInt8(truncatingIfNeeded: Int(value) + predictor)
      }
    }

    var rgba = [UInt8](repeating: 255, count: width * height * 4)
    for i in 0..<(width * height) {
      let p = i * channels
      let o = i * 4
      switch colourType {
      case 0: (rgba[o], rgba[o + 1], rgba[o + 2]) = (pixels[p], pixels[p], pixels[p])
      case 2: (rgba[o], rgba[o + 1], rgba[o + 2]) = (pixels[p], pixels[p + 1], pixels[p + 2])
      case 3:
        let entry = Int(pixels[p]) * 3
        guard entry + 2 < palette.count else { throw Failure(description: "palette index out of range") }
        (rgba[o], rgba[o + 1], rgba[o + 2]) = (palette[entry], palette[entry + 1], palette[entry + 2])
      case 4: (rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]) = (pixels[p], pixels[p], pixels[p], pixels[p + 1])
      default: (rgba[o], rgba[o + 1], rgba[o + 2], rgba[o + 3]) = (pixels[p], pixels[p + 1], pixels[p + 2], pixels[p + 3])
      }
    }
    self.rgba = rgba
  }
}
