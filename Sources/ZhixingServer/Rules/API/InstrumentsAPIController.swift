import Vapor
import ZhixingCore

/// `GET /api/v1/instruments`: the catalogue of the instruments the rules cite — what a citation's `instrument` id
/// stands for (title, short title, document number, dates, whether it is law). Citations carry only the id, the
/// parts and their texts (`Citation+Codable.swift`); a client reads the catalogue once.
struct InstrumentsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(path: Paths.API.instruments, use: list)
    }

    @Sendable func list(req: Request) async throws -> JSONBody<InstrumentListDTO> {
        JSONBody(InstrumentListDTO(items: InstrumentID.catalogue.map(InstrumentDTO.init)))
    }
}

struct InstrumentListDTO: Encodable, Sendable {
    let items: [InstrumentDTO]
}

struct InstrumentDTO: Encodable, Sendable {
    struct Notice: Encodable, Sendable {
        let year: Int
        let documentNumber: String
        let published: String?
    }

    let id: String
    let kind: String
    let isLaw: Bool
    let title: String
    let shortTitle: String
    let documentNumber: String?
    let englishName: String
    let englishShort: String
    let adopted: String?
    let inForce: String?
    let amendedBy: String?
    /// The annual holiday notice only: its document number for each year (a citation of it names the year).
    let notices: [Notice]?

    init(_ instrument: Instrument) {
        id = instrument.id.rawValue
        kind = instrument.kind.rawValue
        isLaw = instrument.isLaw
        title = instrument.title
        shortTitle = instrument.shortTitle
        documentNumber = instrument.documentNumber
        englishName = instrument.englishName
        englishShort = instrument.englishShort
        adopted = instrument.adopted?.iso
        inForce = instrument.inForce?.iso
        amendedBy = instrument.amendedBy
        notices = instrument.id == .holidayNotice
            ? HolidayNotices.years.compactMap { year in
                HolidayNotices.documentNumber(year: year).map {
                    Notice(year: year, documentNumber: $0, published: HolidayNotices.published(year: year)?.iso)
                }
            }
            : nil
    }
}
