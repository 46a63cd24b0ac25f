import Fluent
import Vapor
import ZhixingCore

/// Imports a court data file: every row is checked first; if any row is wrong nothing is written
/// and every error is reported with its line. Otherwise courts are created or updated by code in one
/// transaction, each change with its audit event. A file with the optional `address,phone` columns
/// sets both (an empty cell clears them); a file without them leaves them as they are.
enum CourtImport {
    struct Summary: Sendable, Encodable {
        var created = 0
        var updated = 0
        var unchanged = 0
        var errors: [RowError] = []
    }

    static func run(csv text: String, actor: AuditActor, at date: Date, on db: any Database) async throws -> Summary {
        let existingCourts = try await Organisation.query(on: db).filter(\.$kind == OrganisationKind.court.rawValue).all()
        let existingLevels = Dictionary(try existingCourts.compactMap { c in try c.courtLevel.map { (c.code, $0) } },
                                        uniquingKeysWith: { a, _ in a })
        let parsed = CourtFile.parse(text, existing: existingLevels)
        var summary = Summary()
        guard parsed.errors.isEmpty else {
            summary.errors = parsed.errors
            return summary
        }
        summary = try await db.writeTransaction { tx in
            var summary = Summary()
            var byCode = Dictionary(existingCourts.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
            for record in parsed.records {
                let parent = record.parentCode.flatMap { byCode[$0] }
                let path = OrganisationPlace.path(code: record.code, under: parent?.path)
                if let court = byCode[record.code] {
                    var changes = ChangeSet()
                    changes.record("name_zh", from: court.nameZh, to: record.nameZh)
                    changes.record("name_en", from: court.nameEn, to: record.nameEn)
                    changes.record("level", from: court.level, to: record.level.rawValue)
                    changes.record("parent", from: court.path.split(separator: "/").dropLast().last.map(String.init),
                                   to: record.parentCode)
                    if parsed.hasContact {
                        changes.record("address", from: court.address, to: record.address)
                        changes.record("phone", from: court.phone, to: record.phone)
                    }
                    if changes.isEmpty { summary.unchanged += 1; continue }
                    if court.path != path {
                        // A court moved: move everything under it too.
                        try await move(from: court.path, to: path, on: tx)
                    }
                    court.nameZh = record.nameZh
                    court.nameEn = record.nameEn
                    court.level = record.level.rawValue
                    court.$parent.id = parent?.id
                    court.path = path
                    if parsed.hasContact {
                        court.address = record.address
                        court.phone = record.phone
                    }
                    try await court.save(on: tx)
                    try await AuditLog.append(on: tx, at: date, actor: actor, action: "court.update", entity: "organisation",
                                              entityID: court.code, ownerPath: path, changes: changes.changes)
                    summary.updated += 1
                } else {
                    let court = Organisation(kind: .court, code: record.code, nameZh: record.nameZh, nameEn: record.nameEn,
                                             level: record.level, parentID: parent?.id, path: path)
                    court.address = record.address
                    court.phone = record.phone
                    try await court.create(on: tx)
                    var changes = ChangeSet()
                    changes.record("name_zh", from: nil, to: record.nameZh)
                    changes.record("name_en", from: nil, to: record.nameEn)
                    changes.record("level", from: nil, to: record.level.rawValue)
                    changes.record("parent", from: nil, to: record.parentCode)
                    changes.record("address", from: nil, to: record.address)
                    changes.record("phone", from: nil, to: record.phone)
                    try await AuditLog.append(on: tx, at: date, actor: actor, action: "court.create", entity: "organisation",
                                              entityID: court.code, ownerPath: path, changes: changes.changes)
                    byCode[record.code] = court
                    summary.created += 1
                }
            }
            return summary
        }
        return summary
    }

    /// Rewrites the paths of every organisation below a moved court.
    private static func move(from oldPath: String, to newPath: String, on db: any Database) async throws {
        let below = try await Organisation.query(on: db).filter(\.$path =~ oldPath).all()
        for org in below where org.path != oldPath {
            org.path = newPath + org.path.dropFirst(oldPath.count)
            try await org.save(on: db)
        }
    }
}
