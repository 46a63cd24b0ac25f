"""The court user's day in headless Chromium (issue 9, "Done when"): each role's home with its counts,
each count opening a list whose total is that count; a search by a party's name; 终本 as its own
standing in the list filter. In Chinese and English, at desktop (1440 px) and phone (390 px) widths,
each page passing the axe-core audit, screenshots to $ZHIXING_SCREENSHOTS.

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_work.py
"""
import os
import re
import sys
import urllib.parse

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(__file__))
from test_shell import BASE, SHOTS, browser, check  # noqa: E402
from test_pages import AXE_TAGS, audit, axe_source, log_in, set_language, text_problems  # noqa: E402

WIDTHS = {"desktop": 1440, "phone": 390}


def total_on_list(driver):
    text = driver.find_element(By.CSS_SELECTOR, "[data-testid=cases-total]").text
    numbers = re.findall(r"(\d+)\s*$", text.split("·")[-1].strip()) or re.findall(r"[:：]\s*(\d+)", text)
    check(numbers, f"no total on the list: {text!r}")
    return int(numbers[-1])


def no_horizontal_scroll(driver, label, problems):
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 1:
        problems.append(f"{label}: the page scrolls sideways by {overflow}px")


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 2400)")
    width = driver.get_window_size()["width"]
    driver.set_window_size(width, max(600, height + 120))
    driver.save_screenshot(os.path.join(SHOTS, name + ".png"))


def home_counts(driver, axe, username, lang, width, problems):
    label = f"{username}/{lang}/{width}"
    driver.get(BASE + "/home")
    problems += audit(driver, axe, label + " home")
    problems += text_problems(driver, label + " home")
    no_horizontal_scroll(driver, label + " home", problems)
    shot(driver, f"work-home-{username}-{lang}-{width}")
    links = []
    for selector in ("[data-testid=home-queue] a", "[data-testid=home-teams] a", "[data-testid=home-courts] td.num a"):
        for a in driver.find_elements(By.CSS_SELECTOR, selector):
            count = re.findall(r"\d+", a.text)
            if count:
                links.append((a.get_attribute("href"), int(count[0])))
    return links


def main():
    axe = axe_source()
    driver = browser()
    driver.set_script_timeout(60)
    problems, checked = [], 0
    try:
        for lang in ("zh-CN", "en"):
            for width_name, width in WIDTHS.items():
                driver.set_window_size(width, 900)
                for username, section in (("judge", "home-queue"), ("head", "home-teams"), ("command", "home-courts")):
                    log_in(driver, username)
                    set_language(driver, lang)
                    driver.set_window_size(width, 900)
                    links = home_counts(driver, axe, username, lang, width_name, problems)
                    check(driver.find_elements(By.CSS_SELECTOR, f"[data-testid={section}]"), f"{username}: no {section} on the home")
                    check(links, f"{username}: no counts on the home")
                    check(any(n > 0 for _, n in links), f"{username}: every count is 0 on the demo")
                    # Each count opens its list, and the list's total is the count (the first few, every language).
                    for href, count in links[:6]:
                        driver.get(href)
                        listed = total_on_list(driver)
                        if listed != count:
                            problems.append(f"{username}/{lang}: the home says {count} but {href} lists {listed}")
                        checked += 1
                # A search by a party's name: the first debtor of the judge's list, by the beginning of the name.
                log_in(driver, "judge")
                set_language(driver, lang)
                driver.set_window_size(width, 900)
                driver.get(BASE + "/cases")
                parties = driver.find_element(By.CSS_SELECTOR, "table.cases tbody tr td:nth-child(2)").text
                debtor = parties.split("→")[-1].split("、")[0].strip()
                check(debtor, "no debtor on the list")
                box = driver.find_element(By.ID, "q")
                box.clear()
                box.send_keys(debtor[:2])
                before = driver.find_element(By.CSS_SELECTOR, "table.cases")
                box.submit()
                # The results are a new page: wait until the old list is gone before reading the rows.
                WebDriverWait(driver, 30).until(EC.staleness_of(before))
                WebDriverWait(driver, 30).until(EC.presence_of_element_located((By.ID, "q")))
                rows = driver.find_elements(By.CSS_SELECTOR, "table.cases tbody tr")
                check(rows, f"searching {debtor[:2]!r} found nothing")
                for row in rows:
                    cells = row.find_elements(By.CSS_SELECTOR, "td")
                    if not any(name.strip().startswith(debtor[:2]) for name in re.split(r"[、→]", cells[1].text)):
                        problems.append(f"search {debtor[:2]!r}: a row without such a party: {cells[1].text}")
                check(driver.find_element(By.ID, "q").get_attribute("value") == debtor[:2], "the search box keeps what was typed")
                problems += audit(driver, axe, f"search/{lang}/{width_name}")
                no_horizontal_scroll(driver, f"search/{lang}/{width_name}", problems)
                shot(driver, f"work-search-{lang}-{width_name}")
                # 终本 as its own standing in the filter, and on every row it lists.
                driver.get(BASE + "/cases?status=currentProcedureTerminated")
                badges = driver.find_elements(By.CSS_SELECTOR, "table.cases .badge.standing-currentProcedureTerminated")
                check(badges, "no 终本 case listed under its own standing")
                check(not driver.find_elements(By.CSS_SELECTOR, "table.cases .badge.standing-concluded"), "a concluded case under 终本")
                # A page beyond the last says so.
                driver.get(BASE + "/cases?page=99999")
                check(driver.find_elements(By.CSS_SELECTOR, "[data-testid=beyond-last]"), "page 99999 does not say it is beyond the last")
    finally:
        driver.quit()
    for p in problems:
        print(p)
    print(f"homes, lists and search: {checked} counts followed to their lists; axe {', '.join(AXE_TAGS)}; {len(problems)} problem(s)")
    check(not problems, "problems")


if __name__ == "__main__":
    main()
