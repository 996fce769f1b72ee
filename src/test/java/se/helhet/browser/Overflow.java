package se.helhet.browser;

import java.util.Map;
import java.util.Optional;

import org.openqa.selenium.JavascriptExecutor;

/**
 * Whether the page shown is wider than the window, which makes a person scroll sideways to read it. The element
 * named is the widest of those that reach past the window's right edge without a frame of their own that scrolls
 * or clips them: the one to give a frame, a narrower shape or room to wrap. Where every such element has a frame,
 * the one reaching furthest is named: positioned absolutely, it escapes a frame that is not its containing block.
 */
final class Overflow {

    private static final String MEASURE = """
            const root = document.documentElement;
            const viewport = root.clientWidth;
            if (root.scrollWidth <= viewport) {
              return null;
            }
            const framed = el => {
              for (let p = el.parentElement; p && p !== document.body && p !== root; p = p.parentElement) {
                if (getComputedStyle(p).overflowX !== 'visible') {
                  return true;
                }
              }
              return false;
            };
            let widest = null;
            for (const el of document.body.querySelectorAll('*')) {
              const box = el.getBoundingClientRect();
              if (box.right + window.scrollX > viewport + 0.5 && box.width > 0 && !framed(el)
                  && (widest === null || box.width > widest.width)) {
                widest = {el, width: box.width};
              }
            }
            // Framed as they all are, one reaches past the edge all the same: positioned outside its frame.
            if (widest === null) {
              for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (widest === null || box.right > widest.right) {
                  widest = {el, width: box.width, right: box.right};
                }
              }
            }
            const el = widest && widest.el;
            return {
              page: root.scrollWidth,
              window: viewport,
              tag: el ? el.tagName.toLowerCase() : '',
              id: el ? el.id : '',
              classes: el ? String(el.className.baseVal ?? el.className) : '',
              width: widest ? Math.round(widest.width) : 0
            };
            """;

    /** The page's width beside the window's, and its widest element reaching past the window. */
    record Found(long page, long window, String tag, String id, String classes, long width) {

        String describe() {
            return "the page is " + page + " px wide in a window of " + window + " px; widest element past its edge: <"
                    + tag + (id.isEmpty() ? "" : " id=\"" + id + "\"") + (classes.isBlank() ? "" : " class=\"" + classes + "\"")
                    + "> " + width + " px";
        }
    }

    private Overflow() {
    }

    static Optional<Found> measure(JavascriptExecutor js) {
        Object result = js.executeScript(MEASURE);
        if (!(result instanceof Map<?, ?> found)) {
            return Optional.empty();
        }
        return Optional.of(new Found(number(found.get("page")), number(found.get("window")), (String) found.get("tag"),
                (String) found.get("id"), (String) found.get("classes"), number(found.get("width"))));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
