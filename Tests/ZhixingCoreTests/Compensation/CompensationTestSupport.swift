import Foundation
import Testing
@testable import ZhixingCore

/// JSON facts as a dictionary, so that each test changes only what it is about.
typealias CompJSON = [String: Any]

/// An admissible claim: a third party whose property was enforced against; enforcement filed 2020-04-15 and fully
/// performed 2023-06-30; knowledge 2020-09-10; claim 2024-03-18; decision 2025-06-30. One act (A1) held unlawful by
/// an objection ruling, with a direct loss of 10 000.00.
func compBaseFacts() -> CompJSON {
    [
        "asOf": "2025-06-30",
        "claim": ["filedOn": "2024-03-18"] as CompJSON,
        "claimant": ["name": "北京恒通机械租赁有限公司", "role": "thirdParty"] as CompJSON,
        "enforcement": [
            "court": "北京市朝阳区人民法院", "caseNumber": "（2020）京0105执5678号", "filedOn": "2020-04-15",
            "status": "fullyPerformed", "endedOn": "2023-06-30", "debtor": "李某",
        ] as CompJSON,
        "limitation": ["knewOn": "2020-09-10"] as CompJSON,
        "acts": [[
            "id": "A1", "kind": "thirdPartyPropertyOrWrongDelivery", "date": "2020-09-10",
            "legality": ["priorFinding": ["procedure": "objection", "document": "（2020）京0105执异88号", "held": "unlawful"] as CompJSON] as CompJSON,
            "losses": [["kind": "otherDirectLoss", "amount": "10000.00"] as CompJSON],
        ] as CompJSON],
    ]
}

/// `json` with the value at `path` (`claim.filedOn`, `acts[0].losses[1].amount`) set, or removed when `value` is nil.
func compWith(_ json: CompJSON, _ path: String, _ value: Any?) -> CompJSON {
    var keys: [(String, Int?)] = []
    for part in path.split(separator: ".") {
        if let open = part.firstIndex(of: "[") {
            let name = String(part[..<open])
            let index = Int(part[part.index(after: open)..<(part.firstIndex(of: "]") ?? part.endIndex)]) ?? 0
            keys.append((name, index))
        } else {
            keys.append((String(part), nil))
        }
    }
    func set(_ node: Any?, _ rest: ArraySlice<(String, Int?)>) -> Any? {
        guard let (name, index) = rest.first else { return value }
        var dict = node as? CompJSON ?? [:]
        if let index {
            var array = dict[name] as? [Any] ?? []
            while array.count <= index { array.append(CompJSON()) }
            if let updated = set(array[index], rest.dropFirst()) { array[index] = updated }
            dict[name] = array
        } else if rest.count == 1 && value == nil {
            dict.removeValue(forKey: name)
        } else {
            dict[name] = set(dict[name], rest.dropFirst())
        }
        return dict
    }
    return set(json, keys[...]) as? CompJSON ?? json
}

/// Several changes at once.
func compWith(_ json: CompJSON, _ changes: [(String, Any?)]) -> CompJSON {
    changes.reduce(json) { compWith($0, $1.0, $1.1) }
}

func compContext() throws -> RuleContext {
    RuleContext(calendar: StatutoryCalendar(schedule: try HolidaySchedule.bundled()))
}

func compFacts(_ json: CompJSON) throws -> CompensationRules.Facts {
    let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
    return try JSONFacts.decode(CompensationRules.Facts.self, from: data)
}

func compDecide(_ json: CompJSON) throws -> CompensationRules.Decision {
    try CompensationRules.decide(try compFacts(json), context: try compContext())
}

/// The `FieldError` that decoding or deciding `json` throws, if any.
func compError(_ json: CompJSON) -> FieldError? {
    do {
        _ = try compDecide(json)
        return nil
    } catch let error as FieldError {
        return error
    } catch {
        return FieldError(field: "?", code: "unexpected", message: LocalizedText(zh: "\(error)", en: "\(error)"))
    }
}

extension CompensationRules.Decision {
    /// Every reason anywhere in the decision, for checks on articles and wording.
    var allReasons: [Reason] {
        var all = reasons + warnings + humanFindings + obligatedOrgan.reasons + admissibility.reasons
        for act in acts {
            all += act.reasons
            for loss in act.losses { all += loss.reasons }
        }
        all += amounts?.reasons ?? []
        return all
    }

    func cites(_ article: String) -> Bool { allReasons.contains { $0.article.contains(article) } }

    func act(_ id: String) -> CompensationRules.ActResult? { acts.first { $0.id == id } }

    var requiredFields: [String] { findingsRequired.map(\.field) }
}

func compDay(_ iso: String) -> LocalDate {
    (try? LocalDate(iso: iso)) ?? LocalDate(dayNumber: 0)
}
