extension CourtCode {
    /// How many digits follow the province abbreviation: 0 for a high court (and the SPC),
    /// 2 for an intermediate court, 4 for a basic court (SPC Provisions on Case Numbers 2015).
    public var digitCount: Int {
        description.unicodeScalars.filter { $0.isASCII && ("0"..."9").contains(Character($0)) }.count
    }
}
