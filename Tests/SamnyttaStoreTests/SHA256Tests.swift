import Foundation
import SamnyttaStore
import SamnyttaTestSupport
import Testing

/// Known-answer tests from FIPS 180-4 / NIST examples.
@Suite struct SHA256Tests {
  @Test func emptyInput() {
    #expect(SHA256.hexDigest(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func abc() {
    #expect(SHA256.hexDigest(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
  }

  /// 56 bytes: the padding no longer fits, so a second block is needed.
  @Test func twoBlockMessage() {
    let message = Data("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(SHA256.hexDigest(message) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func oneMillionA() {
    let message = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
    #expect(SHA256.hexDigest(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test func digestIs32Bytes() {
    #expect(SHA256.digest(Data("abc".utf8)).count == 32)
  }
}
