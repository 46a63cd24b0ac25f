"""Browser test of the filing form that forgives (issue 9, item 4), in headless Chromium, in Chinese and English,
at desktop (1440 px) and phone (390 px) width: a filing with two applicants, two debtors and an agent, the second
debtor's identity number mistyped. The form comes back with every field as typed, the bad field marked
(aria-invalid, aria-describedby a message naming its label), an error summary on top; the page with the error
passes an axe audit (WCAG 2.1 A and AA); corrected, it is filed (by Enter in the corrected field: Enter files, it
does not "add another"). Against a demo server:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_filing_form.py

Screenshots go to $ZHIXING_SCREENSHOTS.
"""
import datetime
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from test_shell import BASE, SHOTS, browser, check, gone  # noqa: E402
from test_pages import audit, axe_source, log_in, set_language, text_problems  # noqa: E402

TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
EFFECTIVE = TODAY - datetime.timedelta(days=60)
BAD_ID = "110105194912310021"   # the check character should be X
GOOD_ID = "11010519491231002X"
LABELS = {"zh-CN": ("第2位被执行人的居民身份证号码", "校验码不符"),
          "en": ("Debtor 2, identity number", "check digit")}


def set_value(driver, element_id, value):
    """Date inputs take their value through the DOM (their typing format depends on the locale)."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def fill(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(value)


def open_spare(driver, testid):
    details = driver.find_element(By.CSS_SELECTOR, f"[data-testid=spare-{testid}]")
    if details.get_attribute("open") is None:
        details.find_element(By.TAG_NAME, "summary").click()


def current(driver, typed):
    """What each typed field shows now."""
    out = {}
    for element_id in typed:
        element = driver.find_element(By.ID, element_id)
        if element.tag_name == "select":
            out[element_id] = Select(element).first_selected_option.get_attribute("value")
        else:
            out[element_id] = element.get_attribute("value")
    return out


def run(driver, wait, axe, lang, width, problems):
    label = f"[{lang} {width}]"
    driver.set_window_size(width, 900 if width > 600 else 844)
    driver.get(BASE + "/cases/new")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == lang, label + " page language")
    typed = {}

    def text(element_id, value):
        fill(driver, element_id, value)
        typed[element_id] = value

    def choose(element_id, value):
        Select(driver.find_element(By.ID, element_id)).select_by_value(value)
        typed[element_id] = value

    choose("basisKind", "civilJudgment")
    text("basisIssuingBody", "北京市朝阳区人民法院")
    text("basisDocumentNumber", f"（{EFFECTIVE.year}）京0105民初{width}号")
    set_value(driver, "basisEffectiveOn", EFFECTIVE.isoformat())
    typed["basisEffectiveOn"] = EFFECTIVE.isoformat()
    text("basisAmountAwarded", "86000.00")
    text("amountApplied", "86000.00")
    choose("applicantKind", "organisation")
    check(not driver.find_element(By.ID, "applicantIdentityNumber").is_displayed(), label + " an organisation has no identity number field")
    text("applicantName", "北京恒信达商贸有限公司")
    text("applicantCreditCode", "914403001922038216")
    text("applicantRepresentative", "张　伟")

    # A second applicant through "add another": a submit that loses nothing and files nothing.
    add = driver.find_element(By.CSS_SELECTOR, "[data-testid=add-applicant]")
    add.click()
    wait.until(gone(add))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=spare-applicant3]")))
    check(driver.find_element(By.ID, "applicant2Name").is_displayed(), label + " the added row is shown, not folded")
    check(not driver.find_elements(By.CSS_SELECTOR, "[data-testid=form-error]"), label + " adding a row is no error")
    now = current(driver, typed)
    check(now == typed, f"{label} after adding a row: {now} != {typed}")
    text("applicant2Name", "陈敏")
    text("applicant2IdentityNumber", "110105198001011238")

    text("debtorName", "李强")
    text("debtorIdentityNumber", "110105198001011238")
    check(not driver.find_element(By.ID, "debtorCreditCode").is_displayed(), label + " a person has no credit code field")
    open_spare(driver, "debtor2")
    text("debtor2Name", "王芳")
    text("debtor2IdentityNumber", BAD_ID)
    text("debtor2Phone", "13800138000")
    open_spare(driver, "agent")
    choose("agentActsFor", "debtor2")
    text("agentName", "赵律师")
    text("agentPhone", "13900000000")
    driver.save_screenshot(os.path.join(SHOTS, f"filing-{lang}-{width}-typed.png"))

    form = driver.find_element(By.CSS_SELECTOR, "[data-testid=file-case]")
    form.click()
    wait.until(gone(form))
    summary = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=form-error]")))
    check(summary.get_attribute("role") == "alert", label + " the summary is an alert")
    field_label, reason = LABELS[lang]
    check(field_label in summary.text and reason in summary.text, f"{label} summary: {summary.text}")
    link = summary.find_element(By.CSS_SELECTOR, "a[href='#debtor2IdentityNumber']")
    check(field_label in link.text, label + " the summary links to the field")
    now = current(driver, typed)
    check(now == typed, f"{label} not everything kept: {now} != {typed}")
    bad = driver.find_element(By.ID, "debtor2IdentityNumber")
    check(bad.get_attribute("aria-invalid") == "true", label + " the bad field is not aria-invalid")
    message = driver.find_element(By.ID, bad.get_attribute("aria-describedby"))
    check(field_label in message.text, f"{label} the field's message does not name it: {message.text}")
    for element_id in typed:
        if element_id != "debtor2IdentityNumber":
            check(driver.find_element(By.ID, element_id).get_attribute("aria-invalid") is None, f"{label} {element_id} marked")
    check("debtors[1]" not in driver.page_source and "400" not in driver.title, label + " no path, no bare error page")
    link.click()
    check(driver.switch_to.active_element == bad, label + " the summary's link leads to the field")
    driver.save_screenshot(os.path.join(SHOTS, f"filing-{lang}-{width}-error.png"))
    problems += audit(driver, axe, label + " form with an error")
    problems += text_problems(driver, label + " form with an error")

    bad.clear()
    bad.send_keys(GOOD_ID)
    bad.send_keys(Keys.ENTER)
    number = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=case-number]"))).text
    check("京0105执" in number, f"{label} case number: {number}")
    page = driver.page_source
    for name in ("北京恒信达商贸有限公司", "陈敏", "李强", "王芳", "赵律师"):
        check(name in page, f"{label} {name} is not on the case page")
    driver.save_screenshot(os.path.join(SHOTS, f"filing-{lang}-{width}-filed.png"))
    return number


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    wait = WebDriverWait(driver, 15)
    axe = axe_source()
    problems = []
    try:
        filed = []
        for lang in ("zh-CN", "en"):
            log_in(driver, "clerk")
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=home-title]")))
            set_language(driver, lang)
            for width in (1440, 390):
                filed.append(run(driver, wait, axe, lang, width, problems))
        check(not problems, "\n".join(problems))
        print("filing form browser test passed: " + ", ".join(filed))
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "filing-failure.png"))
        print(driver.page_source[:4000], file=sys.stderr)
        raise
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
