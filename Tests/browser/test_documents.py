"""Browser test of the enforcement documents (issue 9 item 6), headless Chromium against a server started
with `zhixing serve --demo`:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_documents.py

Files a case through the API, then in the Chinese UI issues the enforcement notice from the case page and
in the English UI the property report order; on each document page checks the court's text (Chinese
numerals, 人民币…元（大写：…）, the basis by its kind, the term from service, the signature block and the seal),
the back, print and PDF buttons in the user's language and hidden in print, the axe audit; then downloads
the PDF with the browser's session: a real PDF (%PDF) of one page. Where the server has no PDF tool it
checks instead that the page says what to install and that the PDF answers 503 naming it
(ZHIXING_EXPECT_PDF=1, as in CI, makes a missing tool a failure).

Screenshots (1440 and 390 px wide, both languages) go to $ZHIXING_SCREENSHOTS.
"""
import datetime
import json
import os
import re
import sys
import urllib.error
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from test_shell import BASE, SHOTS, browser, check, gone  # noqa: E402
from test_pages import audit, axe_source, log_in, set_language, text_problems  # noqa: E402

TODAY = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=8)).date()
EXPECT_PDF = os.environ.get("ZHIXING_EXPECT_PDF") == "1"
DIGITS = "〇一二三四五六七八九"


def chinese_year(year):
    return "".join(DIGITS[int(d)] for d in str(year))


def api(method, path, body=None, token=None):
    request = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode())


def file_case():
    token = api("POST", "/api/v1/auth/tokens", {"username": "clerk", "password": "zhixing-demo-1", "expiresInDays": 1})["token"]
    effective = TODAY - datetime.timedelta(days=60)
    body = {
        "basis": {"kind": "civilJudgment", "issuingBody": "北京市朝阳区人民法院", "documentNumber": f"（{effective.year}）京0105民初7788号",
                  "effectiveOn": effective.isoformat(), "amountAwarded": "86000.00"},
        "amountApplied": "86000.00", "filedOn": TODAY.isoformat(),
        "jurisdiction": {"isFirstInstanceCourt": True, "propertyInCourtArea": True, "sameLevelAsFirstInstance": True},
        "applicants": [{"kind": "organisation", "name": "北京恒信达商贸有限公司", "creditCode": "914403001922038216", "legalRepresentative": "张伟"}],
        "debtors": [{"kind": "naturalPerson", "name": "李强", "identityNumber": "110105198001011238"}],
    }
    return api("POST", "/api/v1/cases", body, token)["id"]


def fetch_with_session(driver, href):
    """GET `href` with the browser's cookies (the download a user's click makes): status, type, bytes."""
    request = urllib.request.Request(BASE + href if href.startswith("/") else href)
    request.add_header("Cookie", "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies()))
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


def issue(driver, wait, case_id, kind):
    driver.get(f"{BASE}/cases/{case_id}")
    form = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=issue-document]")))
    # The documents' form (the events form has a `kind` too).
    Select(form.find_element(By.XPATH, "./ancestor::form").find_element(By.CSS_SELECTOR, "select[name=kind]")).select_by_value(kind)
    form.click()
    wait.until(gone(form))
    return wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=document]")))


def shoot(driver, name):
    driver.set_window_size(1440, 1000)
    driver.save_screenshot(os.path.join(SHOTS, f"document-{name}.png"))
    driver.set_window_size(390, 844)
    driver.save_screenshot(os.path.join(SHOTS, f"document-{name}-phone.png"))
    driver.set_window_size(1280, 900)


def check_page(driver, case_id, lang, axe, problems):
    toolbar = driver.find_element(By.CSS_SELECTOR, "[data-testid=document-toolbar]")
    back = toolbar.find_element(By.CSS_SELECTOR, "[data-testid=document-back]")
    check(back.get_attribute("href").endswith(f"/cases/{case_id}"), "back goes to the case: " + back.get_attribute("href"))
    words = {"zh-CN": ("返回案件", "打印", "下载 PDF", "请管理员安装 chromium"),
             "en": ("Back to the case", "Print", "Download PDF", "chromium is not installed")}[lang]
    check(words[0] in back.text, f"back button in {lang}: {back.text}")
    printer = toolbar.find_element(By.CSS_SELECTOR, "[data-testid=document-print]")
    check(printer.is_displayed() and printer.text == words[1], f"print button in {lang}: {printer.text!r}")
    # Nothing of the page around the document is printed.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    check(not toolbar.is_displayed(), "the buttons are printed")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    problems += audit(driver, axe, f"[document {lang}]")
    problems += text_problems(driver, f"[document {lang}]")
    links = toolbar.find_elements(By.CSS_SELECTOR, "[data-testid=document-pdf]")
    if links:
        check(links[0].text == words[2], f"PDF link in {lang}: {links[0].text}")
        return links[0].get_attribute("href")
    hint = toolbar.find_element(By.CSS_SELECTOR, "[data-testid=document-pdf-unavailable]").text
    check(words[3] in hint and "fonts-noto-cjk" in hint, f"the install hint in {lang}: {hint}")
    check(not EXPECT_PDF, "ZHIXING_EXPECT_PDF=1 but the server has no PDF tool: " + hint)
    return None


def check_pdf(driver, href, document_path):
    if href is None:
        status, kind, body = fetch_with_session(driver, document_path + "/pdf")
        check(status == 503 and b"apt-get install chromium fonts-noto-cjk" in body, f"no tool: {status} {body[:200]!r}")
        return "503 (no tool)"
    status, kind, body = fetch_with_session(driver, href)
    check(status == 200 and kind.startswith("application/pdf"), f"PDF: {status} {kind} {body[:200]!r}")
    check(body.startswith(b"%PDF-"), "not a PDF: " + repr(body[:16]))
    pages = len(re.findall(rb"/Type\s*/Page\b", body))
    check(pages == 1, f"the document does not fit one A4 page: {pages} pages")
    with open(os.path.join(SHOTS, os.path.basename(document_path) + ".pdf"), "wb") as f:
        f.write(body)
    return f"{len(body)} bytes, {pages} page"


def main():
    os.makedirs(SHOTS, exist_ok=True)
    axe = axe_source()
    driver = browser()
    driver.set_script_timeout(60)
    wait = WebDriverWait(driver, 20)
    problems = []
    try:
        case_id = file_case()
        log_in(driver, "clerk")
        set_language(driver, "zh-CN")

        # The Chinese UI: the enforcement notice.
        document = issue(driver, wait, case_id, "enforcementNotice")
        text = document.text
        for expected in ("执 行 通 知 书", "民事判决书已经发生法律效力", "人民币86,000.00元（大写：捌万陆仟元整）", "自本通知书送达之日起立即履行",
                         f"{chinese_year(TODAY.year)}年", "审判员", "书记员", "（院印）"):
            check(expected in text, f"the notice lacks {expected!r}: {text[:600]}")
        check("¥" not in text, "a ¥ sign in the notice")
        shoot(driver, "notice-zh")
        path = "/" + driver.current_url.split("/", 3)[3]
        outcome_zh = check_pdf(driver, check_page(driver, case_id, "zh-CN", axe, problems), path)

        # The English UI: the property report order (the document stays Chinese, the buttons are English).
        set_language(driver, "en")
        document = issue(driver, wait, case_id, "propertyReportOrder")
        check("自本令送达之日起五日内" in document.text, "the order's term from service: " + document.text[:600])
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "the page is not English")
        shoot(driver, "order-en")
        path = "/" + driver.current_url.split("/", 3)[3]
        outcome_en = check_pdf(driver, check_page(driver, case_id, "en", axe, problems), path)

        # Back to the case from the document.
        driver.find_element(By.CSS_SELECTOR, "[data-testid=document-back]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=documents]")))
        check(driver.current_url.endswith(f"/cases/{case_id}"), "back did not reach the case: " + driver.current_url)
        print(f"documents browser test passed: notice (zh) {outcome_zh}; order (en) {outcome_en}")
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "documents-failure.png"))
        print(driver.page_source[:4000], file=sys.stderr)
        raise
    finally:
        driver.quit()
    for p in problems:
        print(p)
    check(not problems, "document pages with problems")


if __name__ == "__main__":
    main()
