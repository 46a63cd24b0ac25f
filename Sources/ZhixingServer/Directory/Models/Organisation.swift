import Fluent
import Foundation
import ZhixingCore

/// A court, police office, procuratorate, institution or governance office: every user belongs to one.
/// Courts carry their case-number code (法院代字) as `code`; every organisation has a `path` of codes
/// from the Supreme People's Court down, which is what access control reads (see `AccessPolicy`).
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    /// Unique directory code; for courts the case-number code (`京0105`).
    @Field(key: "code") var code: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    /// Court level (`supreme`, `high`, `intermediate`, `basic`, `tribunal`); `nil` for other kinds.
    @OptionalField(key: "level") var level: String?
    @OptionalParent(key: "parent_id") var parent: Organisation?
    @Field(key: "path") var path: String
    /// Where to find it and how to call it, when known (migration 014).
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "phone") var phone: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(id: UUID? = nil, kind: OrganisationKind, code: String, nameZh: String, nameEn: String,
         level: CourtLevel?, parentID: UUID?, path: String) {
        self.id = id
        self.kind = kind.rawValue
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.level = level?.rawValue
        self.$parent.id = parentID
        self.path = path
    }

    /// `kind` and `level` as the core's enums; an unknown stored value throws `StoredValueError`.
    var organisationKind: OrganisationKind { get throws { try stored(\.$kind) } }
    /// `nil` for an organisation that is not a court.
    var courtLevel: CourtLevel? { get throws { try stored(\.$level) } }

    var place: OrganisationPlace {
        OrganisationPlace(id: id?.uuidString ?? "", path: path)
    }

    func name(_ language: String) -> String { language.hasPrefix("en") ? nameEn : nameZh }

    /// The code used in case numbers: a dispatched tribunal files under its basic court's code.
    var caseNumberCode: String {
        get throws {
            if try courtLevel == .tribunal, let dash = code.firstIndex(of: "-") { return String(code[..<dash]) }
            return code
        }
    }

    /// Its properties, listed (`Fields.properties` finds them by reflection otherwise, for every row read:
    /// most of the time a list page took — docs/performance.md). `ModelPropertiesTests` checks the list is whole.
    var properties: [any AnyProperty] {
        [$id, $kind, $code, $nameZh, $nameEn, $level, $parent, $path, $address, $phone, $createdAt, $updatedAt]
    }
}
