package se.helhet.browser;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;

/**
 * The old page is gone. Chromium reports a detached node either as a stale element or, while the new
 * document is being built, as an inspector error ("Node with given id does not belong to the document");
 * both mean the same here, so both count as gone.
 */
final class PageChange {

    private PageChange() {
    }

    static ExpectedCondition<Boolean> gone(WebElement oldPage) {
        return driver -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException detached) {
                return true;
            }
        };
    }
}
