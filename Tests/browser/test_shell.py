"""Browser test of the web shell in headless Chromium (issue #2, item 11).

Logs in as the demo enforcement judge, sees the home page in Chinese, switches to English,
logs out. Run against a server started with `zhixing serve --demo`:

    ZHIXING_URL=http://127.0.0.1:8080 python3 Tests/browser/test_shell.py

Screenshots go to $ZHIXING_SCREENSHOTS (default .ci-artifacts/).
"""
import os
import sys

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

BASE = os.environ.get("ZHIXING_URL", "http://127.0.0.1:8080")
SHOTS = os.environ.get("ZHIXING_SCREENSHOTS", ".ci-artifacts")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": "zh-CN,zh"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def gone(element):
    """A wait condition: `element` has left the document (the page it was on was replaced). Chromium at times
    answers "Node with given id does not belong to the document" instead of a stale reference: the same fact."""
    def predicate(_driver):
        try:
            element.is_enabled()
            return False
        except (StaleElementReferenceException, WebDriverException):
            return True
    return predicate


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def main():
    os.makedirs(SHOTS, exist_ok=True)
    driver = browser()
    wait = WebDriverWait(driver, 15)
    try:
        driver.get(BASE + "/login")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN", "log-in page is not Chinese")
        check("登录" in driver.title, "log-in title: " + driver.title)
        driver.save_screenshot(os.path.join(SHOTS, "01-login-zh.png"))

        # A wrong password gets the one message that does not say which part was wrong.
        driver.find_element(By.ID, "username").send_keys("judge")
        driver.find_element(By.ID, "password").send_keys("wrong-password-1")
        driver.find_element(By.CSS_SELECTOR, "[data-testid=login-submit]").click()
        error = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=login-error]")))
        check("用户名或密码不正确" in error.text, "log-in error: " + error.text)

        driver.find_element(By.ID, "password").send_keys("zhixing-demo-1")
        driver.find_element(By.CSS_SELECTOR, "[data-testid=login-submit]").click()
        title = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=home-title]")))
        check(title.text == "工作台", "home title: " + title.text)
        role = driver.find_element(By.CSS_SELECTOR, "[data-testid=home-role]").text
        check(role == "执行法官", "home role: " + role)
        check("北京市朝阳区人民法院" in driver.page_source, "the judge's court is not shown")
        driver.save_screenshot(os.path.join(SHOTS, "02-home-zh.png"))

        driver.find_element(By.CSS_SELECTOR, "[data-testid=switch-language]").click()
        title = wait.until(EC.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-testid=home-title]"), "Workbench"))
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en", "page is not English after the switch")
        role = driver.find_element(By.CSS_SELECTOR, "[data-testid=home-role]").text
        check(role == "Enforcement judge", "English role: " + role)
        driver.save_screenshot(os.path.join(SHOTS, "03-home-en.png"))

        driver.get(BASE + "/courts?province=%E4%BA%AC")
        check("Beijing Chaoyang District People's Court" in driver.page_source, "court directory in English")
        driver.save_screenshot(os.path.join(SHOTS, "04-courts-en.png"))

        # The rules explorer posts a long form (the worked example of the compensation rule set, as
        # the form's fields hold it): the decision comes back with its reasons, each naming its article.
        driver.get(BASE + "/rules/compensation")
        decide = driver.find_element(By.CSS_SELECTOR, "[data-testid=decide-form]")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", decide)
        decide.click()
        reasons = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=reasons]")))
        check("Interpretation [2022] No.3 Art.15" in reasons.text, "compensation reasons: " + reasons.text[:300])
        check("453439.17" in driver.page_source, "the worked example's total")
        driver.save_screenshot(os.path.join(SHOTS, "05-rules-compensation-en.png"))

        driver.find_element(By.CSS_SELECTOR, "[data-testid=logout]").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=login-submit]")))
        check("/login" in driver.current_url, "not back at log-in: " + driver.current_url)
        driver.get(BASE + "/home")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=login-submit]")))
        check("/login" in driver.current_url, "home still reachable after log-out")
        driver.save_screenshot(os.path.join(SHOTS, "06-logged-out.png"))
        print("browser test passed")
    except Exception:
        driver.save_screenshot(os.path.join(SHOTS, "failure.png"))
        print(driver.page_source[:3000], file=sys.stderr)
        raise
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
