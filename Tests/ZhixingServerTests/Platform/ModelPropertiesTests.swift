import Fluent
import XCTest
@testable import ZhixingServer

/// Every model lists its properties by hand (`properties`), so that Fluent reads a row without reflection
/// (docs/performance.md, "Reading rows"). A property left out of the list would silently never be read or
/// written: the list must be exactly what reflection finds, in the same order.
final class ModelPropertiesTests: XCTestCase {
    private var checked: Set<String> = []

    private func check<M: Model>(_ type: M.Type, file: StaticString = #filePath, line: UInt = #line) {
        checked.insert(String(describing: type))
        let model = M()
        let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }
        let listed = model.properties.map { ObjectIdentifier($0 as AnyObject) }
        XCTAssertFalse(reflected.isEmpty, "\(type): reflection found no property", file: file, line: line)
        XCTAssertEqual(listed, reflected, "\(type).properties is not the list of its property wrappers, in order", file: file, line: line)
    }

    func test_everyModelListsAllItsProperties_inOrder() {
        check(Organisation.self)
        check(HolidayYearRecord.self)
        check(APIToken.self)
        check(User.self)
        check(WebSessionRecord.self)
        check(FormDraft.self)
        check(LoginAttempt.self)
        check(CaseEntrustment.self)
        check(IssuedDocument.self)
        check(EnforcementCase.self)
        check(CaseParty.self)
        check(Team.self)
        check(CaseEvent.self)
        check(AuditEvent.self)

        // A new model is checked too: every `final class X: Model` under Sources/ is in the list above.
        let root = URL(fileURLWithPath: TestApp.packageRoot).appendingPathComponent("Sources")
        var declared: Set<String> = []
        for case let file as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.allObjects ?? []
        where file.pathExtension == "swift" {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for line in text.components(separatedBy: "\n") where line.hasPrefix("final class ") && line.contains(": Model") {
                let name = line.dropFirst("final class ".count).prefix { $0.isLetter || $0.isNumber }
                declared.insert(String(name))
            }
        }
        XCTAssertGreaterThanOrEqual(declared.count, 14, "the models were not found under \(root.path)")
        XCTAssertEqual(declared.subtracting(checked).sorted(), [], "models whose property list is not checked here")
    }

    /// The check itself can fail: a list with one property missing is not the reflected one.
    func test_aListMissingAProperty_isCaught() {
        let model = CaseParty()
        let reflected = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0 as AnyObject) }
        let short = model.properties.dropLast().map { ObjectIdentifier($0 as AnyObject) }
        XCTAssertNotEqual(short, reflected)
    }
}
