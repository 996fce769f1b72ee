package se.helhet.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A flash message given by its key ({@code PageForm.redirectSaying}) is put into words on the page that shows it,
 * in that page's language, so that a form's controller needs no message source for it.
 */
@Component
class FlashMessages implements HandlerInterceptor, WebMvcConfigurer {

    private final MessageSource messages;

    FlashMessages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page != null && page.getModel().get("flash") instanceof MessageSourceResolvable message) {
            page.addObject("flash", messages.getMessage(message, RequestContextUtils.getLocale(request)));
        }
    }
}
