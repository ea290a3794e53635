package org.claimtracker.config;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of the sign-in form: a sign-in attempted while its account or address must
 * wait is sent back to the form with the wait (and a Retry-After header) without its password being checked.
 * The throttle learns of failures from Spring Security's authentication events.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String account = request.getParameter("username");
        Optional<Duration> wait = throttle.waitBefore(account, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            log.warn("Sign-in refused without checking: user '{}' from {} must wait {} s after failed sign-ins",
                    printable(account), request.getRemoteAddr(), seconds);
            response.setHeader("Retry-After", Long.toString(seconds));
            response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A user name as typed, made safe for one log line. */
    static String printable(String name) {
        if (name == null) {
            return "";
        }
        String flat = name.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 100 ? flat.substring(0, 100) + "…" : flat;
    }
}
