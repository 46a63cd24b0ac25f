import Foundation
import Synchronization
import Vapor

/// Request counters and latency histograms, rendered in the Prometheus text format at `/metrics`.
final class MetricsRegistry: Sendable {
    static let buckets: [Double] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct Key: Hashable {
        let method: String
        let route: String
        let status: Int
    }

    private struct Histogram {
        var counts: [Int] = Array(repeating: 0, count: MetricsRegistry.buckets.count)
        var sum: Double = 0
        var count: Int = 0
    }

    private struct State {
        var requests: [Key: Int] = [:]
        var durations: [String: Histogram] = [:]
    }

    private let state = Mutex(State())
    let startedAt: Date

    init(startedAt: Date) { self.startedAt = startedAt }

    func record(method: String, route: String, status: Int, seconds: Double) {
        state.withLock { s in
            s.requests[Key(method: method, route: route, status: status), default: 0] += 1
            var h = s.durations[route, default: Histogram()]
            for (i, bound) in Self.buckets.enumerated() where seconds <= bound { h.counts[i] += 1 }
            h.sum += seconds
            h.count += 1
            s.durations[route] = h
        }
    }

    func render(now: Date, extra: [(name: String, help: String, value: Double)] = []) -> String {
        let snapshot = state.withLock { $0 }
        var out = "# HELP zhixing_http_requests_total HTTP requests handled, by method, route and status.\n"
        out += "# TYPE zhixing_http_requests_total counter\n"
        for (key, count) in snapshot.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "zhixing_http_requests_total{method=\"\(key.method)\",route=\"\(escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP zhixing_http_request_duration_seconds Time to answer HTTP requests, by route.\n"
        out += "# TYPE zhixing_http_request_duration_seconds histogram\n"
        for (route, h) in snapshot.durations.sorted(by: { $0.key < $1.key }) {
            let r = escape(route)
            for (i, bound) in Self.buckets.enumerated() {
                out += "zhixing_http_request_duration_seconds_bucket{route=\"\(r)\",le=\"\(bound)\"} \(h.counts[i])\n"
            }
            out += "zhixing_http_request_duration_seconds_bucket{route=\"\(r)\",le=\"+Inf\"} \(h.count)\n"
            out += "zhixing_http_request_duration_seconds_sum{route=\"\(r)\"} \(h.sum)\n"
            out += "zhixing_http_request_duration_seconds_count{route=\"\(r)\"} \(h.count)\n"
        }
        out += "# HELP zhixing_uptime_seconds Seconds since the server started.\n# TYPE zhixing_uptime_seconds gauge\n"
        out += "zhixing_uptime_seconds \(now.timeIntervalSince(startedAt))\n"
        for item in extra {
            out += "# HELP \(item.name) \(item.help)\n# TYPE \(item.name) gauge\n\(item.name) \(item.value)\n"
        }
        return out
    }

    private func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// Times every request and counts it under its route pattern (not its raw path, to keep labels few).
struct MetricsMiddleware: AsyncMiddleware {
    let registry: MetricsRegistry

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next.respond(to: request)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let route = request.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? "unmatched"
        registry.record(method: request.method.rawValue, route: route, status: Int(response.status.code), seconds: seconds)
        return response
    }
}

extension Application {
    private struct MetricsKey: StorageKey { typealias Value = MetricsRegistry }

    var metrics: MetricsRegistry {
        get {
            if let m = storage[MetricsKey.self] { return m }
            let m = MetricsRegistry(startedAt: effects.clock.now())
            storage[MetricsKey.self] = m
            return m
        }
        set { storage[MetricsKey.self] = newValue }
    }
}
