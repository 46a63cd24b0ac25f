import Testing
@testable import ZhixingCore

/// What the enforcement documents print as the law has them (issue 9 item 6): the basis named by its kind,
/// the term counted from service, the signature block, amounts in figures and in capitals.
@Suite("Enforcement documents: names, terms, signatures, amounts")
struct EnforcementDocumentTests {
    @Test("CPL 2023 Art.247-249: the basis is named by its kind, as courts name it")
    func basisNamedByKind() {
        #expect(ExecutionBasisKind.civilJudgment.documentName == "民事判决书")
        #expect(ExecutionBasisKind.mediationStatement.documentName == "民事调解书")
        #expect(ExecutionBasisKind.arbitralAward.documentName == "仲裁裁决书")
        #expect(ExecutionBasisKind.notarizedDebtInstrument.documentName == "公证债权文书")
        #expect(ExecutionBasisKind.civilRuling.documentName == "民事裁定书")
        #expect(ExecutionBasisKind.administrativeDecision.documentName == "行政决定书")
        // Art.235 para.1: only the property part of a criminal judgment is enforced by the enforcement court.
        #expect(ExecutionBasisKind.criminalJudgmentPropertyPart.documentName + ExecutionBasisKind.criminalJudgmentPropertyPart.enforcedPart
                == "刑事判决书（财产部分）")
        #expect(ExecutionBasisKind.civilJudgment.enforcedPart.isEmpty)
    }

    @Test("CPL 2023 Art.235: judgments under para.1, arbitral awards and notarised instruments under para.2 with Art.248, Art.249")
    func basisNamingCitesTheArticles() {
        #expect(ExecutionBasisKind.arbitralAward.documentNameCitations == [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.cpl(248)])
        #expect(ExecutionBasisKind.notarizedDebtInstrument.documentNameCitations == [EnforcementArticles.cpl(235, para: 2), EnforcementArticles.cpl(249)])
        #expect(ExecutionBasisKind.civilJudgment.documentNameCitations.first == EnforcementArticles.cpl(235, para: 1))
        for kind in ExecutionBasisKind.allCases {
            #expect(!kind.documentName.isEmpty && !kind.documentNameCitations.isEmpty, "\(kind)")
        }
    }

    @Test("CPL 2023 Art.251: the notice orders performance counted from service, never from the day of issue")
    func noticeTermFromService() throws {
        let term = try #require(EnforcementDocumentKind.enforcementNotice.term)
        #expect(term.phrase(selfReference: EnforcementDocumentKind.enforcementNotice.selfReference) == "自本通知书送达之日起立即")
        #expect(term.citations == [EnforcementArticles.cpl(251)])
    }

    @Test("Property Investigation Provisions 2020 Art.4 item 1: the order states its term, five days from service")
    func orderTermFromService() throws {
        let term = try #require(EnforcementDocumentKind.propertyReportOrder.term)
        #expect(term.phrase(selfReference: EnforcementDocumentKind.propertyReportOrder.selfReference) == "自本令送达之日起五日内")
        #expect(EnforcementDocumentKind.terminationRuling.term == nil)
    }

    @Test("CPL Interpretation 2022 Art.517: the 终本 ruling is signed by a collegial panel; unknown members left blank")
    func rulingSignedByPanel() {
        let signature = EnforcementDocumentKind.terminationRuling.signature(judge: "张法官", clerk: nil)
        #expect(signature.signers.map(\.title) == ["审判长", "审判员", "审判员"])
        #expect(signature.signers.map(\.name) == ["张法官", nil, nil])
        #expect(signature.clerk == .init(title: "书记员", name: nil))
    }

    @Test("Time Limits Provisions 2006 Art.2: the notice is signed by the handling judge and the clerk; no team, all blank")
    func noticeSignedByHandler() {
        let known = EnforcementDocumentKind.enforcementNotice.signature(judge: "张法官", clerk: "李书记")
        #expect(known.signers == [.init(title: "审判员", name: "张法官")])
        #expect(known.clerk == .init(title: "书记员", name: "李书记"))
        let unknown = EnforcementDocumentKind.propertyReportOrder.signature(judge: nil, clerk: "")
        #expect(unknown.signers.allSatisfy { $0.name == nil } && unknown.clerk.name == nil)
    }

    @Test("Amounts as documents state them: 人民币…元 with the capital form")
    func amountsInDocuments() throws {
        #expect(try Money(parsing: "50000").documentForm == "人民币50,000.00元（大写：伍万元整）")
        #expect(try Money(parsing: "1234.56").documentForm == "人民币1,234.56元（大写：壹仟贰佰叁拾肆元伍角陆分）")
        #expect(try Money(parsing: "0").documentFigures == "0.00")
    }

    @Test("The notice cites CPL 2023 Art.251, 252 and 264 as a document writes them")
    func noticeGroundsInDocumentForm() {
        #expect(EnforcementDocumentKind.enforcementNotice.grounds.chineseInDocument
                == "《中华人民共和国民事诉讼法》第二百五十一条、第二百五十二条、第二百六十四条")
        let order = EnforcementDocumentKind.propertyReportOrder.grounds.chineseInDocument
        #expect(order.hasPrefix("《中华人民共和国民事诉讼法》第二百五十二条，《最高人民法院关于民事执行中财产调查若干问题的规定》第三条、第四条"), "\(order)")
    }

    @Test("Each document has its title and the ruling's full title says what it decides")
    func titles() {
        #expect(EnforcementDocumentKind.allCases.map(\.title) == ["执行通知书", "报告财产令", "执行裁定书"])
        #expect(EnforcementDocumentKind.terminationRuling.fullTitle == "执行裁定书（终结本次执行程序）")
    }
}
