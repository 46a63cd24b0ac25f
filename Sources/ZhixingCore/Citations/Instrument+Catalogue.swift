/// The catalogue: every instrument the core cites. Titles and document numbers as in the doc comments of the
/// `*Articles` helpers and `docs/rules/*.md`, checked against the seeds where a seed carries them. A date is
/// given only where a seed or those sources state it; the others are `nil` (see `docs/rules/citations.md`).
extension InstrumentID {
    public var instrument: Instrument {
        switch self {
        case .civilProcedureLaw2023:
            Instrument(self, .statute, title: "《中华人民共和国民事诉讼法》", shortTitle: "《民事诉讼法》",
                       englishName: "Civil Procedure Law of the People's Republic of China (2023 amendment)",
                       englishShort: "CPL 2023", amendedBy: "2023")
        case .civilCode:
            Instrument(self, .statute, title: "《中华人民共和国民法典》", shortTitle: "《民法典》",
                       englishName: "Civil Code of the People's Republic of China", englishShort: "Civil Code")
        case .criminalProcedureLaw2018:
            Instrument(self, .statute, title: "《中华人民共和国刑事诉讼法》", shortTitle: "《刑事诉讼法》",
                       englishName: "Criminal Procedure Law of the People's Republic of China (2018 amendment)",
                       englishShort: "CrimPL 2018", amendedBy: "2018")
        case .criminalLaw:
            Instrument(self, .statute, title: "《中华人民共和国刑法》", shortTitle: "《刑法》",
                       englishName: "Criminal Law of the People's Republic of China", englishShort: "Criminal Law")
        case .npcscInterpretationCriminalLaw313:
            Instrument(self, .legislativeInterpretation,
                       title: "《全国人民代表大会常务委员会关于〈中华人民共和国刑法〉第三百一十三条的解释》",
                       englishName: "Interpretation of the NPC Standing Committee of Article 313 of the Criminal Law",
                       englishShort: "NPCSC Interpretation 2002", adopted: day(2002, 8, 29))
        case .stateCompensationLaw:
            Instrument(self, .statute, title: "《中华人民共和国国家赔偿法》", shortTitle: "《国家赔偿法》",
                       englishName: "State Compensation Law of the People's Republic of China (2012 amendment)",
                       englishShort: "State Compensation Law", amendedBy: "2012")
        case .workingHoursProvisions:
            Instrument(self, .administrativeRegulation, title: "《国务院关于职工工作时间的规定》",
                       englishName: "Provisions of the State Council on the Working Hours of Employees",
                       englishShort: "State Council Working Hours Provisions")
        case .litigationCostsMeasures2006:
            Instrument(self, .administrativeRegulation, title: "《诉讼费用交纳办法》", documentNumber: "国务院令第481号",
                       englishName: "Measures on the Payment of Litigation Costs (State Council Order No.481)",
                       englishShort: "Litigation Costs Measures 2006", inForce: day(2007, 4, 1))
        case .holidayNotice:
            // One notice a year; the year and its document number are on the citation (`HolidayNotices`).
            Instrument(self, .stateCouncilNotice, title: "《国务院办公厅关于部分节假日安排的通知》",
                       englishName: "Notice of the General Office of the State Council on the Arrangement of Holidays",
                       englishShort: "State Council holiday notice")
        case .cplInterpretation2022:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》",
                       shortTitle: "《民事诉讼法解释》", documentNumber: "法释〔2022〕11号",
                       englishName: "Interpretation of the Supreme People's Court on the Application of the Civil Procedure Law",
                       englishShort: "CPL Interpretation 2022")
        case .enforcementProcedureInterpretation2020:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于适用〈中华人民共和国民事诉讼法〉执行程序若干问题的解释》",
                       documentNumber: "法释〔2008〕13号",
                       englishName: "Interpretation of the Supreme People's Court on Several Issues concerning the Application of the Enforcement Procedure of the Civil Procedure Law",
                       englishShort: "Enforcement Procedure Interpretation 2020", amendedBy: "2020")
        case .enforcementWorkProvisions2020:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于人民法院执行工作若干问题的规定（试行）》",
                       documentNumber: "法释〔1998〕15号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning the Enforcement Work of the People's Courts (for Trial Implementation)",
                       englishShort: "Enforcement Work Provisions 2020", amendedBy: "2020")
        case .trialTimeLimitsProvisions2008:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于严格执行案件审理期限制度的若干规定》",
                       documentNumber: "法释〔2000〕29号",
                       englishName: "Several Provisions of the Supreme People's Court on Strictly Implementing the System of Time Limits for Trying Cases",
                       englishShort: "Trial Time Limits Provisions 2008", amendedBy: "2008")
        case .sealingProvisions2020:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》",
                       documentNumber: "法释〔2004〕15号",
                       englishName: "Provisions of the Supreme People's Court on the Sealing, Seizure and Freezing of Property in Civil Enforcement",
                       englishShort: "Sealing Provisions 2020", amendedBy: "法释〔2020〕21号")
        case .objectionProvisions2015:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定》",
                       documentNumber: "法释〔2015〕10号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning Objections to and Reconsideration of Enforcement",
                       englishShort: "Objection Provisions 2015")
        case .propertyInvestigationProvisions2020:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于民事执行中财产调查若干问题的规定》",
                       documentNumber: "法释〔2017〕8号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning the Investigation of Property in Civil Enforcement",
                       englishShort: "Property Investigation Provisions 2020", amendedBy: "2020")
        case .onlineFreezingProvisions2013:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于网络查询、冻结被执行人存款的规定》",
                       documentNumber: "法释〔2013〕20号",
                       englishName: "Provisions of the Supreme People's Court on Online Inquiry into and Freezing of Deposits of Persons Subject to Enforcement",
                       englishShort: "Online Freezing Provisions 2013")
        case .entrustedEnforcementProvisions2011:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于委托执行若干问题的规定》",
                       documentNumber: "法释〔2011〕11号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning Entrusted Enforcement",
                       englishShort: "Entrusted Enforcement Provisions 2011", amendedBy: "法释〔2020〕21号")
        case .settlementProvisions2018:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于执行和解若干问题的规定》",
                       documentNumber: "法释〔2018〕3号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning Settlement in Enforcement",
                       englishShort: "Settlement Provisions 2018")
        case .arbitralAwardEnforcementProvisions2018:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于人民法院办理仲裁裁决执行案件若干问题的规定》",
                       documentNumber: "法释〔2018〕5号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning the Enforcement of Arbitral Awards",
                       englishShort: "Arbitral Award Enforcement Provisions 2018")
        case .notarizedDebtInstrumentProvisions2018:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于公证债权文书执行若干问题的规定》",
                       documentNumber: "法释〔2018〕18号",
                       englishName: "Provisions of the Supreme People's Court on Several Issues concerning the Enforcement of Notarized Debt Instruments",
                       englishShort: "Notarized Debt Instrument Provisions 2018")
        case .administrativeLitigationInterpretation2018:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》",
                       shortTitle: "《行政诉讼法解释》", documentNumber: "法释〔2018〕1号",
                       englishName: "Interpretation of the Supreme People's Court on the Application of the Administrative Litigation Law",
                       englishShort: "Administrative Litigation Law Interpretation 2018")
        case .dishonestListProvisions2017:
            Instrument(self, .judicialInterpretation, title: "《最高人民法院关于公布失信被执行人名单信息的若干规定》",
                       documentNumber: "法释〔2013〕17号",
                       englishName: "Several Provisions of the Supreme People's Court on Publishing the List of Dishonest Judgment Debtors",
                       englishShort: "Dishonest List Provisions 2017", inForce: day(2017, 5, 1), amendedBy: "法释〔2017〕7号")
        case .consumptionRestrictionProvisions2015:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于限制被执行人高消费及有关消费的若干规定》",
                       documentNumber: "法释〔2010〕8号",
                       englishName: "Several Provisions of the Supreme People's Court on Restricting High Consumption and Related Consumption of Judgment Debtors",
                       englishShort: "Consumption Restriction Provisions 2015", inForce: day(2015, 7, 22), amendedBy: "法释〔2015〕17号")
        case .enforcementCompensationInterpretation2022:
            // Seed 001: adopted by the Judicial Committee on 2021-12-20, in force 2022-03-01; seed 000: issued 2022-02-08.
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于审理涉执行司法赔偿案件适用法律若干问题的解释》",
                       documentNumber: "法释〔2022〕3号",
                       englishName: "Interpretation of the Supreme People's Court on Several Issues concerning the Application of Law in the Trial of Cases Involving Judicial Compensation for Enforcement",
                       englishShort: "Interpretation [2022] No.3", adopted: day(2021, 12, 20), inForce: day(2022, 3, 1))
        case .civilAdministrativeCompensationInterpretation2016:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院关于审理民事、行政诉讼中司法赔偿案件适用法律若干问题的解释》",
                       documentNumber: "法释〔2016〕20号",
                       englishName: "Interpretation of the Supreme People's Court on Several Issues concerning the Application of Law in the Trial of Cases of Judicial Compensation in Civil and Administrative Proceedings",
                       englishShort: "SPC Interpretation [2016] No.20")
        case .refusalInterpretation2024:
            Instrument(self, .judicialInterpretation,
                       title: "《最高人民法院 最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》",
                       documentNumber: "法释〔2024〕13号",
                       englishName: "Interpretation of the Supreme People's Court and the Supreme People's Procuratorate on Several Issues concerning the Application of Law in Handling Criminal Cases of Refusal to Execute Judgments and Rulings",
                       englishShort: "Interpretation 2024", inForce: day(2024, 12, 1))
        case .timeLimitsProvisions2006:
            Instrument(self, .normativeDocument, title: "《最高人民法院关于人民法院办理执行案件若干期限的规定》",
                       documentNumber: "法发〔2006〕35号",
                       englishName: "Provisions of the Supreme People's Court on Several Time Limits for Handling Enforcement Cases",
                       englishShort: "Time Limits Provisions 2006", inForce: day(2007, 1, 1))
        case .terminationProvisions2016:
            // The doc comments and docs/rules/enforcement.md give 法〔2016〕373号 (not 法发〔…〕).
            Instrument(self, .normativeDocument, title: "《最高人民法院关于严格规范终结本次执行程序的规定（试行）》",
                       shortTitle: "《终本规定》", documentNumber: "法〔2016〕373号",
                       englishName: "Provisions of the Supreme People's Court on Strictly Regulating the Termination of the Current Enforcement Procedure (for Trial Implementation)",
                       englishShort: "Termination Provisions 2016")
        case .filingClosingOpinions2014:
            Instrument(self, .normativeDocument, title: "《最高人民法院关于执行案件立案、结案若干问题的意见》",
                       documentNumber: "法发〔2014〕26号",
                       englishName: "Opinions of the Supreme People's Court on Several Issues concerning the Filing and Closing of Enforcement Cases",
                       englishShort: "Filing and Closing Opinions 2014")
        case .fundsManagementProvisions2017:
            Instrument(self, .normativeDocument, title: "《最高人民法院关于执行款物管理工作的规定》",
                       documentNumber: "法发〔2017〕6号",
                       englishName: "Provisions of the Supreme People's Court on the Management of Enforcement Funds and Property",
                       englishShort: "Funds Management Provisions 2017")
        case .enforcementOutline2019:
            // Seed 004. Its points are numbered 1., 2., … in the Chinese text ("13.加快推进审执分离体制改革").
            Instrument(self, .normativeDocument,
                       title: "《最高人民法院关于深化执行改革健全解决执行难长效机制的意见——人民法院执行工作纲要（2019—2023）》",
                       shortTitle: "《人民法院执行工作纲要（2019—2023）》", documentNumber: "法发〔2019〕16号",
                       englishName: "Opinions of the Supreme People's Court on Deepening the Enforcement Reform and Improving the Long-term Mechanism for Solving Enforcement Difficulties—the Outline of People's Courts' Enforcement Work (2019-2023)",
                       englishShort: "Outline 2019-2023", englishPointPrefix: "item ")
        case .goodFaithEnforcementOpinions2019:
            Instrument(self, .normativeDocument,
                       title: "《最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见》",
                       documentNumber: "法发〔2019〕35号",
                       englishName: "Opinions of the Supreme People's Court on Further Strengthening the Concept of Good-Faith and Civilised Enforcement",
                       englishShort: "Good-Faith Enforcement Opinions 2019", englishPointPrefix: "No.")
        case .refusalOpinions2025:
            // Seed 002: issued in June 2025 (no day given), in force 2025-07-01 (Art.20).
            Instrument(self, .normativeDocument,
                       title: "《最高人民法院 最高人民检察院 公安部关于办理拒不执行判决、裁定刑事案件若干问题的意见》",
                       documentNumber: "法发〔2025〕8号",
                       englishName: "Opinions of the Supreme People's Court, the Supreme People's Procuratorate and the Ministry of Public Security on Several Issues concerning the Handling of Criminal Cases of Refusal to Execute Judgments and Rulings",
                       englishShort: "Opinions 2025", inForce: day(2025, 7, 1))
        case .depositBenchmarkRate:
            // One announcement per rate change; its effective date is on the citation.
            Instrument(self, .centralBankDocument, title: "中国人民银行金融机构人民币存款基准利率",
                       englishName: "Benchmark deposit rate of the People's Bank of China",
                       englishShort: "PBOC deposit benchmark rate")
        case .depositInterestNotice2005:
            Instrument(self, .centralBankDocument, title: "《中国人民银行关于人民币存贷款计结息问题的通知》",
                       documentNumber: "银发〔2005〕129号",
                       englishName: "Notice of the People's Bank of China on the Calculation and Settlement of Interest on RMB Deposits and Loans",
                       englishShort: "PBOC Notice 银发〔2005〕129号")
        case .zhixingLifecycle:
            Instrument(self, .nonLegal, title: "本系统流程规则",
                       englishName: "The Zhixing case lifecycle (the system's own workflow, not a rule of law)",
                       englishShort: "Zhixing lifecycle")
        case .compensationCommitteeFinding:
            Instrument(self, .nonLegal, title: "赔偿委员会认定",
                       englishName: "A finding left to the compensation committee (not a rule of law)",
                       englishShort: "Finding of the compensation committee")
        case .seed003:
            // Seed 003: China Justice Observer (中司观察), 2018-04-29, on the courts' enforcement departments.
            Instrument(self, .nonLegal, title: "参考资料：中司观察2018年4月29日关于法院执行机构的文章",
                       englishName: "Research source: China Justice Observer, 29 April 2018 (not a rule of law)",
                       englishShort: "seed 003")
        }
    }

    /// Every instrument, in declaration order.
    public static var catalogue: [Instrument] { allCases.map(\.instrument) }
}

private func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate? { LocalDate(year: year, month: month, day: day) }
