"""Every page, in Chinese and in English, passes an axe-core audit (WCAG 2.1 A and AA), and no
Chinese page shows an English citation or an internal key. Headless Chromium against a demo server:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_pages.py

For each demo role it logs in and walks the site from the home page, following every same-site link
(GET only; log-out, the language switch and downloads are not followed) up to a bound, then the party
portal with a demo case. axe.min.js comes from the `axe-playwright-python` wheel (pip install --no-deps).
Screenshots of the first pages of each kind, at desktop and phone width, go to $ZHIXING_SCREENSHOTS.
"""
import importlib.util
import json
import os
import re
import sys
import urllib.parse

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(__file__))
from test_shell import BASE, SHOTS, browser, check  # noqa: E402

ROLES = ["judge", "head", "command", "admin", "police", "clerk", "judge.pudong"]
MAX_PAGES_PER_ROLE = int(os.environ.get("ZHIXING_MAX_PAGES", "45"))
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# What must not appear in a Chinese page's visible text: English citations and internal keys.
ENGLISH_CITATION = re.compile(r"\b(Art\.|para\.|item \d|Provisions \d{4}|Interpretation \[|Opinions \d{4}|CPL \d{4}|CrimPL|Civil Code)")
INTERNAL_KEY = re.compile(r"\b([a-z]+[A-Z][A-Za-z]*\.[a-z]+[A-Za-z]*|[a-z]+_[a-z]+_[a-z0-9_]+|art\d+_item\d+\w*|findings\.\w+)\b")


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    check(spec is not None and spec.submodule_search_locations, "pip install --no-deps axe-playwright-python")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def audit(driver, axe, label):
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: %s}}).then(r => done(JSON.stringify(r.violations)))"
        ".catch(e => done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])));" % json.dumps(AXE_TAGS))
    violations = json.loads(result)
    return [f"{label}: {v['id']} ({v.get('impact')}): {v['help']} — "
            + "; ".join(n.get("target", [""])[0] if isinstance(n.get("target", [""])[0], str) else str(n.get("target"))
                        for n in v.get("nodes", [])[:3])
            for v in violations]


def text_problems(driver, label):
    if driver.find_element(By.TAG_NAME, "html").get_attribute("lang") != "zh-CN":
        return []
    text = driver.find_element(By.TAG_NAME, "body").text
    problems = []
    for pattern, what in ((ENGLISH_CITATION, "English citation"), (INTERNAL_KEY, "internal key")):
        for match in pattern.finditer(text):
            start = max(0, match.start() - 30)
            problems.append(f"{label}: {what} “{match.group(0)}” in “…{text[start:match.end() + 30]}…”")
    return problems


def same_site_links(driver):
    out = []
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        href = a.get_attribute("href") or ""
        url = urllib.parse.urlsplit(href)
        base = urllib.parse.urlsplit(BASE)
        if url.netloc != base.netloc or url.path.startswith(("/lang/", "/logout", "/css/")):
            continue
        out.append(urllib.parse.urlunsplit(("", "", url.path, url.query, "")))
    return out


def page_kind(path):
    """/cases/3f…/documents/9a… → /cases/*/documents/*: one screenshot per kind of page."""
    return re.sub(r"(?i)[0-9a-f]{8}-[0-9a-f-]{27}", "*", urllib.parse.urlsplit(path).path)


def log_in(driver, username):
    driver.delete_all_cookies()
    driver.get(BASE + "/login")
    driver.find_element(By.ID, "username").send_keys(username)
    driver.find_element(By.ID, "password").send_keys("zhixing-demo-1")
    driver.find_element(By.CSS_SELECTOR, "[data-testid=login-submit]").click()


def set_language(driver, lang):
    driver.get(BASE + "/lang/" + lang + "?next=/home")


def walk(driver, axe, username, lang, problems, shots, seen_kinds):
    queue, seen = ["/home"], set()
    visited = 0
    while queue and visited < MAX_PAGES_PER_ROLE:
        path = queue.pop(0)
        kind = page_kind(path) + ("?" if "?" in path else "")
        if path in seen or (kind in seen_kinds.setdefault((username, lang), set()) and visited > 8 and "?" in path):
            continue
        seen.add(path)
        seen_kinds[(username, lang)].add(kind)
        driver.get(BASE + path)
        visited += 1
        label = f"[{username} {lang}] {path}"
        problems += audit(driver, axe, label)
        problems += text_problems(driver, label)
        if (lang, page_kind(path)) not in shots:
            shots.add((lang, page_kind(path)))
            name = re.sub(r"[^A-Za-z0-9]+", "-", page_kind(path)).strip("-") or "root"
            driver.save_screenshot(os.path.join(SHOTS, f"page-{lang}-{name}.png"))
            driver.set_window_size(390, 844)
            driver.save_screenshot(os.path.join(SHOTS, f"page-{lang}-{name}-phone.png"))
            driver.set_window_size(1280, 900)
        for link in same_site_links(driver):
            if link not in seen:
                queue.append(link)
    return visited


def portal(driver, axe, problems):
    """The party portal with a demo case: the form, and the result for a party."""
    driver.delete_all_cookies()
    driver.get(BASE + "/portal")
    problems += audit(driver, axe, "[portal] form")
    problems += text_problems(driver, "[portal] form")
    number = os.environ.get("ZHIXING_PORTAL_CASE")
    identity = os.environ.get("ZHIXING_PORTAL_IDENTITY")
    if not (number and identity):
        return
    driver.find_element(By.ID, "caseNumber").send_keys(number)
    driver.find_element(By.ID, "identity").send_keys(identity)
    driver.find_element(By.ID, "code").send_keys(os.environ.get("ZHIXING_PORTAL_CODE", "ZXDEMO2026"))
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    check("portal-result" in driver.page_source, "portal result for the demo case")
    problems += audit(driver, axe, "[portal] result")
    problems += text_problems(driver, "[portal] result")
    driver.save_screenshot(os.path.join(SHOTS, "page-zh-portal-result.png"))


RULE_SETS = ("calendar", "compensation", "refusal", "credit", "enforcement")


def rule_forms(driver, axe, problems, shots):
    """Each rule set's form in the rules explorer (a walk from a home may stop before it): the form as the worked
    example fills it, its decision, and the form with a bad date (marked, named by its label), at desktop and phone."""
    log_in(driver, "judge")
    for lang in ("zh-CN", "en"):
        set_language(driver, lang)
        for name in RULE_SETS:
            driver.get(BASE + "/rules/" + name)
            label = f"[judge {lang}] /rules/{name}"
            problems += audit(driver, axe, label)
            problems += text_problems(driver, label)
            driver.find_element(By.CSS_SELECTOR, "[data-testid=decide-form]").click()
            problems += audit(driver, axe, label + " (decided from the form)")
            problems += text_problems(driver, label + " (decided from the form)")
            if not driver.find_elements(By.CSS_SELECTOR, "[data-testid=reasons] li"):
                problems.append(f"{label}: the form's worked example shows no reasons")
            date = driver.find_elements(By.CSS_SELECTOR, "[data-testid=rule-form] input[type=date]")[0]
            driver.execute_script("arguments[0].type = 'text'; arguments[0].value = '2025-02-30';", date)
            driver.find_element(By.CSS_SELECTOR, "[data-testid=decide-form]").click()
            problems += audit(driver, axe, label + " (bad date)")
            if not driver.find_elements(By.CSS_SELECTOR, "[data-testid=rule-form] [aria-invalid=true]"):
                problems.append(f"{label}: a bad date is not marked")
            if (lang, "rules-" + name) not in shots:
                shots.add((lang, "rules-" + name))
                driver.save_screenshot(os.path.join(SHOTS, f"rules-form-{lang}-{name}.png"))
                driver.set_window_size(390, 844)
                driver.save_screenshot(os.path.join(SHOTS, f"rules-form-{lang}-{name}-phone.png"))
                driver.set_window_size(1280, 900)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    axe = axe_source()
    driver = browser()
    driver.set_script_timeout(60)
    problems, shots, seen_kinds, total = [], set(), {}, 0
    try:
        for username in ROLES:
            for lang in ("zh-CN", "en"):
                log_in(driver, username)
                set_language(driver, lang)
                total += walk(driver, axe, username, lang, problems, shots, seen_kinds)
        portal(driver, axe, problems)
        rule_forms(driver, axe, problems, shots)
    finally:
        driver.quit()
    for p in problems:
        print(p)
    print(f"{total} pages audited (axe-core, {', '.join(AXE_TAGS)}): {len(problems)} problem(s)")
    check(not problems, "pages with problems")


if __name__ == "__main__":
    main()
