/// The provisions the statutory calendar rests on, as citations of the catalogue (`InstrumentID`).
///
/// - 《中华人民共和国民事诉讼法》(2023 amendment) Art.85: para.2 "期间以时、日、月、年计算。期间开始的时和日，
///   不计算在期间内。" para.3 "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期。"
///   (Art.82 in the 2017 text; numbered Art.85 since the 2021 amendment; unchanged by the 2023 amendment.)
/// - 《中华人民共和国民法典》Art.201 para.1 (the starting day is not counted), Art.202 (a period in years or
///   months ends on the corresponding day of the last month, or on that month's last day when it has none),
///   Art.203 para.1 (a last day that is a statutory rest day moves to the day after the rest days end).
/// - 《中华人民共和国刑事诉讼法》(2018 amendment) Art.105: paras.1-2 count in hours, days and months and leave
///   out the starting hour and day; para.4 extends a last day falling on a holiday, except that a period of
///   custody ends on its last day and is never extended for holidays.
/// - 《国务院关于职工工作时间的规定》Art.7: Saturday and Sunday are the weekly rest days of state organs.
/// - The State Council General Office's annual notice on holiday arrangements
///   (国务院办公厅关于XXXX年部分节假日安排的通知): the public holidays and the make-up working days (调休上班).
public enum CalendarArticles {
    /// CPL 2023 Art.85 para.2: periods in hours/days/months/years; the starting hour and day are not counted.
    public static let cplCounting = Citation(.civilProcedureLaw2023, article: 85, paragraph: 2)
    /// CPL 2023 Art.85 para.3: a last day on a statutory rest day moves to the first day after it.
    public static let cplHolidayExtension = Citation(.civilProcedureLaw2023, article: 85, paragraph: 3)
    /// Civil Code Art.201 para.1: counting by years, months or days starts the day after the starting day.
    public static let civilCodeStart = Citation(.civilCode, article: 201, paragraph: 1)
    /// Civil Code Art.202: corresponding day of the last month, or that month's last day.
    public static let civilCodeMonths = Citation(.civilCode, article: 202)
    /// Civil Code Art.203 para.1: last day on a statutory rest day → the day after the rest days end.
    public static let civilCodeHolidayExtension = Citation(.civilCode, article: 203, paragraph: 1)
    /// CrimPL 2018 Art.105 paras.1-2: hours, days, months; the starting hour and day are not counted.
    public static let crimplCounting = Citation(.criminalProcedureLaw2018, article: 105, paragraph: 1, paragraphThrough: 2)
    /// CrimPL 2018 Art.105 para.4: holiday extension, except periods of custody.
    public static let crimplHolidayExtension = Citation(.criminalProcedureLaw2018, article: 105, paragraph: 4)
    /// State Council Provisions on Working Hours of Employees Art.7: Saturday and Sunday are rest days.
    public static let weeklyRestDays = Citation(.workingHoursProvisions, article: 7)
    /// The annual holiday notice in general (used when no year's notice is loaded).
    public static let holidayNotice = Citation(.holidayNotice)

    /// The annual holiday notice for one year, e.g. `State Council holiday notice 2025`.
    public static func holidayNotice(year: Int) -> Citation { Citation(.holidayNotice, year: year) }
}
