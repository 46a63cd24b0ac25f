"""The header fits on one line at 1440 px, in English and in Chinese, for every demo role (issue 9, item 7),
and the 404 page keeps it. Headless Chromium against a demo server:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_header.py

"One line": the brand, the menu and the user block share one row (their boxes overlap vertically). Where the
menu is longest (the SPC administrator: seven items) the user's name, role and court may fold onto two lines
inside that row; that is printed as a note, not a failure. Screenshots go to $ZHIXING_SCREENSHOTS.
"""
import os
import sys

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(__file__))
from test_pages import log_in, set_language  # noqa: E402
from test_shell import BASE, SHOTS, browser, check  # noqa: E402

ROLES = ["admin", "judge", "head", "command", "police", "procurator", "clerk", "bank"]

MEASURE = """
const header = document.querySelector('header.top');
const boxes = [...header.children].map(e => e.getBoundingClientRect());
const me = document.querySelector('[data-testid=me]');
const meBox = me ? me.getBoundingClientRect() : null;
const line = me ? parseFloat(getComputedStyle(me).lineHeight) : 0;
return {
  oneRow: boxes.every(b => b.top < boxes[0].bottom && b.bottom > boxes[0].top),
  meLines: meBox ? Math.round(meBox.height / line) : 0,
  width: document.documentElement.scrollWidth,
};
"""


def measure(driver, label, problems):
    m = driver.execute_script(MEASURE)
    if not m["oneRow"]:
        problems.append(f"{label}: the header wraps onto a second row")
    if m["meLines"] > 1:
        print(f"{label}: the user's name, role and court fold onto {m['meLines']} lines")
    if m["width"] > 1440:
        problems.append(f"{label}: the page is {m['width']} px wide")


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    driver.set_window_size(1440, 900)
    problems = []
    try:
        for username in ROLES:
            for lang in ("en", "zh-CN"):
                log_in(driver, username)
                set_language(driver, lang)
                check(driver.find_elements(By.CSS_SELECTOR, "[data-testid=me]"), f"{username} is signed in")
                measure(driver, f"[{username} {lang}] /home", problems)
                if username in ("admin", "judge"):
                    driver.save_screenshot(os.path.join(SHOTS, f"header-{lang}-{username}-1440.png"))
                    driver.get(BASE + "/no-such-page")
                    check(driver.find_elements(By.CSS_SELECTOR, "[data-testid=me]"), "the 404 page keeps the header")
                    check(driver.find_elements(By.CSS_SELECTOR, "nav.main-nav a"), "the 404 page keeps the menu")
                    measure(driver, f"[{username} {lang}] 404", problems)
                    driver.save_screenshot(os.path.join(SHOTS, f"404-{lang}-{username}.png"))
    finally:
        driver.quit()
    for p in problems:
        print(p)
    print(f"header checked for {len(ROLES)} roles in 2 languages at 1440 px: {len(problems)} problem(s)")
    check(not problems, "header problems")


if __name__ == "__main__":
    main()
