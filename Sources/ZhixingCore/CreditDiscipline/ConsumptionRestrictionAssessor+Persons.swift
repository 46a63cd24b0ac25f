/// Whom a restriction binds and the private-consumption exception (2015 Art.3 para.2; Opinions 2019 No.17).
extension ConsumptionRestrictionAssessor {
    /// Art.3 para.2: who is bound; Opinions No.17 item 2: a replaced legal representative or principal responsible
    /// person who proves to be neither actual controller nor directly responsible is released.
    static func boundPersons(_ debtor: CreditDebtor, notes: inout CreditNotes) -> [BoundPerson] {
        guard debtor.kind == .organisation else {
            return [BoundPerson(name: debtor.name, roles: [], isDebtor: true, bound: true, reasons: [creditReason(
                [CreditArticles.consumption(3, para: 1)], zh: "被执行人为自然人的，本人受限制消费约束",
                en: "A natural-person debtor is bound in person")])]
        }
        var result = [BoundPerson(name: debtor.name, roles: [], isDebtor: true, bound: true, reasons: [creditReason(
            [CreditArticles.consumption(3, para: 2)], zh: "被执行人为单位的，被执行人本身不得实施第三条第一款规定的行为",
            en: "An organisation debtor itself may not engage in the consumption of Art.3 para.1")])]
        var persons = debtor.responsiblePersons
        if let legal = debtor.legalRepresentative {
            if let index = persons.firstIndex(where: { $0.name == legal }) {
                if !persons[index].roles.contains(.legalRepresentative) { persons[index].roles.insert(.legalRepresentative, at: 0) }
            } else {
                persons.insert(ResponsiblePerson(name: legal, roles: [.legalRepresentative]), at: 0)
            }
        }
        if !persons.contains(where: { $0.roles.contains(.legalRepresentative) }) {
            notes.warn([CreditArticles.consumption(3, para: 2)], zh: "事实中没有被执行单位的法定代表人（或负责人）",
                       en: "The facts do not name the organisation's legal representative (or person in charge)")
        }
        for person in persons {
            let roles = person.roles.map(\.title).creditJoined()
            let rolesEn = creditEnglishList(person.roles.map(\.title.en))
            let bindingReason = creditReason([CreditArticles.consumption(3, para: 2)],
                                             zh: "\(person.name)为被执行单位的\(roles.zh)，不得实施第三条第一款规定的行为",
                                             en: "\(person.name), the organisation's \(rolesEn), may not engage in the consumption of Art.3 para.1")
            let controls = person.roles.contains(.actualController) || person.roles.contains(.directlyResponsiblePerson)
            if person.replacedForBusinessNeeds && person.verifiedNotControllerNorDirectlyResponsible && !controls {
                notes.rely([CreditArticles.opinions(17, item: 2)],
                           zh: "\(person.name)因经营管理需要已被更换，且经审查不是实际控制人、影响债务履行的直接责任人员",
                           en: "\(person.name) was replaced for business needs and, on review, is neither the actual controller nor directly responsible for the non-performance")
                result.append(BoundPerson(name: person.name, roles: person.roles, isDebtor: false, bound: false, reasons: [
                    creditReason([CreditArticles.opinions(17, item: 2)],
                                 zh: "原法定代表人、主要负责人因经营管理需要发生变更，经审查不是实际控制人、影响债务履行的直接责任人员的，应准许解除对其本人的限制消费措施，并对变更后的法定代表人、主要负责人依法采取限制消费措施",
                                 en: "A former legal representative or principal responsible person replaced for business needs, verified to be neither actual controller nor directly responsible, is released; the new holder is restricted instead")]))
            } else {
                var reasons = [bindingReason]
                if person.replacedForBusinessNeeds {
                    reasons.append(creditReason([CreditArticles.opinions(17, item: 2)],
                                                zh: "已被更换，但须举证证明并经法院审查其并非实际控制人、影响债务履行的直接责任人员，方可解除",
                                                en: "Replaced, but released only once the court has verified that the person is neither actual controller nor directly responsible"))
                }
                result.append(BoundPerson(name: person.name, roles: person.roles, isDebtor: false, bound: true, reasons: reasons))
            }
        }
        return result
    }

    /// Art.3 para.2: private consumption with personal property, on application, permitted once verified.
    static func privateConsumptionAssessments(_ facts: CreditFacts, notes: inout CreditNotes) -> [PrivateConsumptionAssessment] {
        let citations = CreditArticles.consumption(3, para: 2)
        return facts.consumptionRestriction.privateConsumptionApplications.map { application in
            guard facts.debtor.kind == .organisation else {
                return PrivateConsumptionAssessment(person: application.person, outcome: .refused, reasons: [creditReason(
                    [citations], zh: "以个人财产因私消费的例外只适用于因单位被限制消费而受约束的人员；自然人被执行人因生活必需的消费应依第八条申请批准",
                    en: "The private-consumption exception serves only persons bound because an organisation is restricted; a natural-person debtor applies under Art.8 for consumption necessary for living")])
            }
            switch application.verifiedPrivateWithPersonalFunds {
            case true?:
                notes.rely([citations], zh: "\(application.person)的申请属于因私消费且以个人财产支付，审查属实",
                           en: "\(application.person)'s application is private consumption paid with personal property, verified")
                return PrivateConsumptionAssessment(person: application.person, outcome: .shallPermit, reasons: [creditReason(
                    [citations], zh: "因私消费以个人财产实施的，执行法院审查属实的，应予准许",
                    en: "Private consumption with personal property, verified by the enforcing court: it shall be permitted")])
            case false?:
                notes.rely([citations], zh: "\(application.person)的申请经审查不属于以个人财产因私消费",
                           en: "\(application.person)'s application is, on examination, not private consumption with personal property")
                return PrivateConsumptionAssessment(person: application.person, outcome: .refused, reasons: [creditReason(
                    [citations], zh: "经审查不属于以个人财产因私消费，不予准许",
                    en: "Not private consumption with personal property on examination: not permitted")])
            case nil:
                return PrivateConsumptionAssessment(person: application.person, outcome: .pendingExamination, reasons: [creditReason(
                    [citations], zh: "执行法院应当审查是否属于以个人财产因私消费；审查属实的，应予准许",
                    en: "The enforcing court must examine whether this is private consumption with personal property; if verified it shall be permitted")])
            }
        }
    }
}
