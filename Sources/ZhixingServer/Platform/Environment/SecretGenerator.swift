import Foundation

/// Random strings drawn from an alphabet, injected: API and session tokens, CSRF tokens and
/// party-portal access codes all come from here.
struct SecretGenerator: Sendable {
    /// `length` characters, each drawn uniformly from `alphabet` (never empty).
    private let make: @Sendable (_ length: Int, _ alphabet: [Character]) -> String

    init(_ make: @escaping @Sendable (_ length: Int, _ alphabet: [Character]) -> String) { self.make = make }

    func string(length: Int, from alphabet: [Character]) -> String { make(length, alphabet) }

    /// The 64 characters of URL-safe base64 (RFC 4648 §5): six bits a character, safe in cookies,
    /// headers and paths.
    static let base64URL = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    /// The system's cryptographic generator (`SystemRandomNumberGenerator`: getrandom on Linux),
    /// unbiased over the alphabet.
    static let system = SecretGenerator { length, alphabet in
        var generator = SystemRandomNumberGenerator()
        return String((0..<max(length, 0)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
