import Vapor

/// Calls the server makes to other systems over HTTP (the institution gateway to banks, registries and
/// the other institutions will go through it), injected so that no test reaches the network: a test
/// that needs an answer sets one, and one that did not set it fails by name.
struct OutboundHTTP: Sendable {
    private let sendRequest: @Sendable (ClientRequest) async throws -> ClientResponse

    init(_ send: @escaping @Sendable (ClientRequest) async throws -> ClientResponse) { self.sendRequest = send }

    func send(_ request: ClientRequest) async throws -> ClientResponse { try await sendRequest(request) }

    /// Vapor's HTTP client of `app` (held weakly: the effects live in the application's storage).
    static func client(of app: Application) -> OutboundHTTP {
        OutboundHTTP { [weak app] request in
            guard let app else { throw Abort(.serviceUnavailable, reason: "the application has shut down") }
            return try await app.client.send(request)
        }
    }
}
