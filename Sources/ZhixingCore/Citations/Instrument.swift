/// One instrument the rules cite (法律、司法解释、规范性文件…), as promulgated: its official Chinese title,
/// the short title courts use, its document number and dates, and the English forms we print.
/// The catalogue is `InstrumentID.instrument`; add an instrument there (see `docs/rules/citations.md`).
public struct Instrument: Sendable, Hashable, Identifiable {
    /// What kind of text it is; `nonLegal` marks a basis that is not an instrument of law at all.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// 法律 (adopted by the NPC or its Standing Committee).
        case statute
        /// 立法解释 of the NPC Standing Committee.
        case legislativeInterpretation
        /// 行政法规 or a State Council provision.
        case administrativeRegulation
        /// 国务院办公厅通知 (the annual holiday notice).
        case stateCouncilNotice
        /// 司法解释 (法释〔…〕号).
        case judicialInterpretation
        /// 规范性文件 of the courts (法发〔…〕号, 法〔…〕号): opinions, provisions on internal work.
        case normativeDocument
        /// A document of the People's Bank of China (a notice or a published benchmark rate).
        case centralBankDocument
        /// Not law: the system's own workflow, a finding left to people, a research source.
        case nonLegal
    }

    public let id: InstrumentID
    public let kind: Kind
    /// The official title as promulgated, with its book-title marks: 《最高人民法院关于…的解释》.
    /// For a basis that is not law, its plain Chinese name (no book-title marks).
    public let title: String
    /// The short title in real use (《民事诉讼法》, 《终本规定》); the full title where there is none.
    public let shortTitle: String
    /// 法释〔2022〕3号, 法发〔2016〕…号, 主席令第…号; `nil` where none is confirmed.
    public let documentNumber: String?
    /// The English name.
    public let englishName: String
    /// The English short form printed in citations: `Interpretation [2022] No.3`, `CPL 2023`.
    public let englishShort: String
    /// Adopted or promulgated; `nil` where it could not be verified.
    public let adopted: LocalDate?
    /// In force from; `nil` where it could not be verified.
    public let inForce: LocalDate?
    /// The amendment cited, as a document number or a year, where the text cited is an amended one.
    public let amendedBy: String?
    /// What numbers the points of a document that has no articles: `No.` (`No.15`) or `item ` (`item 13`).
    public let englishPointPrefix: String?

    /// Whether this is an instrument of law (everything but the system's own rules, findings and research).
    public var isLaw: Bool { kind != .nonLegal }

    init(_ id: InstrumentID, _ kind: Kind, title: String, shortTitle: String? = nil, documentNumber: String? = nil,
         englishName: String, englishShort: String, adopted: LocalDate? = nil, inForce: LocalDate? = nil,
         amendedBy: String? = nil, englishPointPrefix: String? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.shortTitle = shortTitle ?? title
        self.documentNumber = documentNumber
        self.englishName = englishName
        self.englishShort = englishShort
        self.adopted = adopted
        self.inForce = inForce
        self.amendedBy = amendedBy
        self.englishPointPrefix = englishPointPrefix
    }
}
