package se.helhet.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start into a short message for the operator instead of a stack trace. */
class UnsafeConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeConfigurationException cause) {
        return new FailureAnalysis("Helhet refuses to start: " + cause.getMessage(), cause.action(), cause);
    }
}
