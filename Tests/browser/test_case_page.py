"""Browser test of the case page (issue 9, items 3 and 5), in Chinese and in English, at 1440 and 390 px:
a freeze recorded from the case page (bank, account, sum, term) whose expiry shows in the measures panel and
in the deadline table; a close (执行完毕) with money still in the case account and the freeze in force, which
warns with the articles before it is recorded and records only after the one confirmation; an axe audit of
the case page and of the confirmation; on a phone, dates and amounts never break mid-value. Headless
Chromium against a server started with `zhixing serve --demo`:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_case_page.py
"""
import datetime
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from test_pages import audit, axe_source, log_in, set_language, text_problems  # noqa: E402
from test_shell import BASE, SHOTS, browser, check, gone  # noqa: E402

# The court's day: China is UTC+8.
TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
EFFECTIVE = TODAY - datetime.timedelta(days=60)


def page_date(day, lang):
    """As PageDate.text shows it: 2026年12月1日 / 2026-12-01."""
    return f"{day.year}年{day.month}月{day.day}日" if lang == "zh-CN" else day.isoformat()


def one_year_on(day):
    """A 12-month term counted by the calendar's month rule: the corresponding day, or the month's last."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def set_value(driver, element_id, value):
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def fill(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(value)


def submit(driver, wait, button):
    old = driver.find_element(By.TAG_NAME, "main") if driver.find_elements(By.TAG_NAME, "main") else driver.find_element(By.TAG_NAME, "body")
    button.click()
    wait.until(gone(old))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=case-number]")))
    errors = driver.find_elements(By.CSS_SELECTOR, "[data-testid=case-error]")
    check(not errors, errors[0].text if errors else "")


def record(driver, wait, kind, amount=None, freeze=None):
    form = driver.find_element(By.CSS_SELECTOR, "[data-testid=event-form]")
    Select(form.find_element(By.ID, "kind")).select_by_value(kind)
    # The date defaults to today (Beijing time): left as it is.
    check(driver.find_element(By.ID, "date").get_attribute("value") == TODAY.isoformat(), "the date defaults to today")
    if amount:
        fill(driver, "amount", amount)
    if freeze:
        details = form.find_element(By.TAG_NAME, "details")
        if details.get_attribute("open") is None:
            form.find_element(By.TAG_NAME, "summary").click()
        for field, value in freeze.items():
            if field in ("measureKind", "measureAsset"):
                Select(form.find_element(By.ID, field)).select_by_value(value)
            else:
                fill(driver, field, value)
    submit(driver, wait, form.find_element(By.CSS_SELECTOR, "[data-testid=record-event]"))


def file_case(driver, wait, serial):
    driver.get(BASE + "/cases/new")
    Select(driver.find_element(By.ID, "basisKind")).select_by_value("civilJudgment")
    fill(driver, "basisIssuingBody", "北京市朝阳区人民法院")
    fill(driver, "basisDocumentNumber", f"（{EFFECTIVE.year}）京0105民初{serial}号")
    set_value(driver, "basisEffectiveOn", EFFECTIVE.isoformat())
    fill(driver, "basisAmountAwarded", "86000.00")
    fill(driver, "amountApplied", "86000.00")
    set_value(driver, "filedOn", TODAY.isoformat())
    Select(driver.find_element(By.ID, "applicantKind")).select_by_value("organisation")
    fill(driver, "applicantName", "北京恒信达商贸有限公司")
    fill(driver, "applicantCreditCode", "914403001922038216")
    fill(driver, "applicantRepresentative", "张伟")
    fill(driver, "applicantPhone", "13800138000")
    fill(driver, "debtorName", "李强")
    fill(driver, "debtorIdentityNumber", "110105198001011238")
    fill(driver, "debtorPhone", "13912345678")
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "[data-testid=file-case]"))
    return driver.current_url


def unbroken(driver, selector):
    """The elements matching `selector` that wrap onto a second line (a date, amount or number broken mid-value)."""
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].filter(e => e.offsetParent !== null && e.textContent.trim() !== '')"
        ".filter(e => { const r = document.createRange(); r.selectNodeContents(e); const lines = new Set([...r.getClientRects()]"
        ".map(x => Math.round(x.top))); return lines.size > 1; }).map(e => e.textContent.trim());", selector)


def shots(driver, axe, name, problems):
    for width, height, suffix in ((1440, 1000, ""), (390, 844, "-phone")):
        driver.set_window_size(width, height)
        driver.save_screenshot(os.path.join(SHOTS, f"{name}{suffix}.png"))
        problems += audit(driver, axe, f"{name}{suffix}")
        problems += text_problems(driver, f"{name}{suffix}")
        if suffix:
            broken = unbroken(driver, "td.date, span.date, td.num, dd.num, .code, .stepper li")
            problems += [f"{name}{suffix}: broken mid-value: {b}" for b in broken]
            overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 1:
                problems.append(f"{name}{suffix}: the page is {overflow}px wider than the phone")
    driver.set_window_size(1440, 1000)


def run(driver, wait, axe, lang, serial, problems):
    log_in(driver, "clerk")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=home-title]")))
    set_language(driver, lang)
    case_url = file_case(driver, wait, serial)
    tag = "zh" if lang == "zh-CN" else "en"
    # The likely next step is preselected and is never one already done.
    check(Select(driver.find_element(By.ID, "kind")).first_selected_option.get_attribute("value") == "handlerAssigned",
          "a new case's likely next step: the handler")
    record(driver, wait, "handlerAssigned")
    check(Select(driver.find_element(By.ID, "kind")).first_selected_option.get_attribute("value") == "enforcementNoticeServed",
          "then the notice")
    record(driver, wait, "enforcementNoticeServed")
    record(driver, wait, "propertyReportOrderServed")
    record(driver, wait, "measureTaken", freeze={
        "measureID": "F1", "measureKind": "freeze", "measureAsset": "bankDeposit", "measureTermMonths": "12",
        "measureInstitution": "中国工商银行北京朝阳支行", "measureAccount": "6222020200112233445", "measureAmount": "86000"})
    expiry = page_date(one_year_on(TODAY), lang)
    panel = driver.find_element(By.CSS_SELECTOR, "[data-testid=measures]").text
    check("中国工商银行北京朝阳支行" in panel and "6222020200112233445" in panel and "¥86,000.00" in panel, f"measures panel: {panel}")
    check(expiry in panel, f"the expiry {expiry} in the measures panel: {panel}")
    deadlines = driver.find_element(By.CSS_SELECTOR, "[data-testid=deadlines]").text
    check(expiry in deadlines, f"the expiry {expiry} in the deadline table: {deadlines}")
    record(driver, wait, "paymentReceived", amount="86000.00")
    record(driver, wait, "paymentDisbursed", amount="80000.00")
    check("¥6,000.00" in driver.find_element(By.CSS_SELECTOR, "[data-testid=amount-case-account]").text, "6,000 in the case account")
    shots(driver, axe, f"case-page-{tag}", problems)

    # Closing as performed with 6,000 undisbursed and the freeze in force: warned first, with the articles.
    timeline_before = len(driver.find_elements(By.CSS_SELECTOR, "[data-testid=timeline] li"))
    form = driver.find_element(By.CSS_SELECTOR, "[data-testid=event-form]")
    Select(form.find_element(By.ID, "kind")).select_by_value("closedFullyPerformed")
    submit(driver, wait, form.find_element(By.CSS_SELECTOR, "[data-testid=record-event]"))
    confirmation = driver.find_element(By.CSS_SELECTOR, "[data-testid=confirmation]").text
    funds = "《最高人民法院关于执行款物管理工作的规定》" if lang == "zh-CN" else "Funds Management Provisions 2017"
    sealing = "第二十八条" if lang == "zh-CN" else "Sealing Provisions 2020 Art.28"
    check(funds in confirmation and "¥6,000.00" in confirmation, f"the money warning with its article: {confirmation}")
    check(sealing in confirmation, f"the measures warning with its article: {confirmation}")
    check(len(driver.find_elements(By.CSS_SELECTOR, "[data-testid=timeline] li")) == timeline_before, "nothing recorded yet")
    shots(driver, axe, f"case-confirm-{tag}", problems)
    submit(driver, wait, driver.find_element(By.CSS_SELECTOR, "[data-testid=confirm]"))
    check(len(driver.find_elements(By.CSS_SELECTOR, "[data-testid=timeline] li")) == timeline_before + 1, "recorded once")
    check(not driver.find_elements(By.CSS_SELECTOR, "[data-testid=confirmation]"), "no confirmation after confirming")
    status = driver.find_element(By.CSS_SELECTOR, "[data-testid=case-status]").text
    check(status in ("已结案", "Concluded"), f"closed: {status}")
    check(driver.current_url.split("?")[0] == case_url.split("?")[0], "back on the case page")
    shots(driver, axe, f"case-closed-{tag}", problems)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    driver.set_window_size(1440, 1000)
    wait = WebDriverWait(driver, 15)
    axe = axe_source()
    problems = []
    try:
        for serial, lang in ((9601, "zh-CN"), (9602, "en")):
            run(driver, wait, axe, lang, serial + TODAY.timetuple().tm_yday * 10, problems)
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "case-page-failure.png"))
        raise
    finally:
        driver.quit()
    check(not problems, "\n".join(problems))
    print("case page: ok")


if __name__ == "__main__":
    main()
