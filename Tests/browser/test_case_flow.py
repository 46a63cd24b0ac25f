"""Browser test of an enforcement case (issue #4): file a case, serve the notice, record a freeze
and a payment, close the case, and find it from the party portal. Headless Chromium against a
server started with `zhixing serve --demo`:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_case_flow.py
"""
import datetime
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from test_shell import BASE, SHOTS, browser, check, gone  # noqa: E402

# The court's day: China is UTC+8.
TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
EFFECTIVE = TODAY - datetime.timedelta(days=60)
DEBTOR_ID = "110105198001011238"


def set_value(driver, element_id, value):
    """Date inputs take their value through the DOM (their typing format depends on the locale)."""
    driver.execute_script("arguments[0].value = arguments[1]", driver.find_element(By.ID, element_id), value)


def fill(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    element.clear()
    element.send_keys(value)


def record(driver, wait, kind, amount=None, measure=None):
    form = driver.find_element(By.CSS_SELECTOR, "[data-testid=event-form]")
    Select(form.find_element(By.ID, "kind")).select_by_value(kind)
    set_value(driver, "date", TODAY.isoformat())
    if amount:
        fill(driver, "amount", amount)
    if measure:
        form.find_element(By.TAG_NAME, "summary").click()
        fill(driver, "measureID", measure["id"])
        Select(form.find_element(By.ID, "measureKind")).select_by_value(measure["kind"])
        Select(form.find_element(By.ID, "measureAsset")).select_by_value(measure["asset"])
    form.find_element(By.CSS_SELECTOR, "[data-testid=record-event]").click()
    # Wait for the new page: the old form goes stale before the new case page is there.
    wait.until(gone(form))
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=timeline]")))
    # An irreversible step (closing, lifting) asks once (issue 9, item 5): confirm it.
    confirm = driver.find_elements(By.CSS_SELECTOR, "[data-testid=confirm]")
    if confirm:
        confirm[0].click()
        wait.until(gone(confirm[0]))
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=timeline]")))
    errors = driver.find_elements(By.CSS_SELECTOR, "[data-testid=case-error]")
    check(not errors, f"{kind}: " + (errors[0].text if errors else ""))


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    wait = WebDriverWait(driver, 15)
    try:
        driver.get(BASE + "/login")
        fill(driver, "username", "clerk")
        fill(driver, "password", "zhixing-demo-1")
        driver.find_element(By.CSS_SELECTOR, "[data-testid=login-submit]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=home-title]")))

        driver.get(BASE + "/cases/new")
        Select(driver.find_element(By.ID, "basisKind")).select_by_value("civilJudgment")
        fill(driver, "basisIssuingBody", "北京市朝阳区人民法院")
        fill(driver, "basisDocumentNumber", f"（{EFFECTIVE.year}）京0105民初9527号")
        set_value(driver, "basisEffectiveOn", EFFECTIVE.isoformat())
        fill(driver, "basisAmountAwarded", "86000.00")
        fill(driver, "amountApplied", "86000.00")
        set_value(driver, "filedOn", TODAY.isoformat())
        Select(driver.find_element(By.ID, "applicantKind")).select_by_value("organisation")
        fill(driver, "applicantName", "北京恒信达商贸有限公司")
        fill(driver, "applicantCreditCode", "914403001922038216")
        fill(driver, "applicantRepresentative", "张伟")
        fill(driver, "debtorName", "李强")
        fill(driver, "debtorIdentityNumber", DEBTOR_ID)
        driver.save_screenshot(os.path.join(SHOTS, "10-file-case.png"))
        filing_form = driver.find_element(By.CSS_SELECTOR, "[data-testid=file-case]")
        filing_form.click()
        wait.until(gone(filing_form))

        number = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=case-number]"))).text
        check("京0105执" in number, "case number: " + number)
        code = driver.find_element(By.CSS_SELECTOR, "[data-testid=access-code] strong").text
        check(len(code) == 10, "access code: " + code)

        record(driver, wait, "handlerAssigned")
        record(driver, wait, "enforcementNoticeServed")
        freeze = {"id": "M1", "kind": "freeze", "asset": "bankDeposit"}
        record(driver, wait, "measureTaken", measure=freeze)
        record(driver, wait, "paymentReceived", amount="86000.00")
        record(driver, wait, "paymentDisbursed", amount="86000.00")
        record(driver, wait, "measureLifted", measure=freeze)
        driver.save_screenshot(os.path.join(SHOTS, "11-case-before-closure.png"))
        record(driver, wait, "closedFullyPerformed")
        check("已结案" in driver.page_source, "the case is not shown as closed")
        check(driver.find_element(By.CSS_SELECTOR, "[data-testid=amount-outstanding]").text == "¥0.00", "outstanding is not zero")
        driver.save_screenshot(os.path.join(SHOTS, "12-case-closed.png"))

        driver.find_element(By.CSS_SELECTOR, "[data-testid=logout]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=login-submit]")))
        driver.get(BASE + "/portal")
        fill(driver, "caseNumber", number)
        fill(driver, "identity", DEBTOR_ID)
        fill(driver, "code", code)
        driver.find_element(By.CSS_SELECTOR, "[data-testid=portal-submit]").click()
        status = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=portal-status]"))).text
        check(status == "已结案", "portal status: " + status)
        check("¥86,000.00" in driver.page_source, "portal amounts")
        driver.save_screenshot(os.path.join(SHOTS, "13-portal.png"))
        print("case flow browser test passed: " + number)
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "case-flow-failure.png"))
        print(driver.page_source[:4000], file=sys.stderr)
        raise
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
