package io.zkmig.cloud;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** An SDK failure in one line, for findings and refusals: the service's error code and message, never a key. */
public final class AwsErrors {
    private AwsErrors() {
    }

    public static String describe(SdkException e) {
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
            return s.awsErrorDetails().errorCode() + ": " + s.awsErrorDetails().errorMessage();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith("Unable to load credentials")) {
            // the SDK lists every provider of the chain with its own complaint, in one line of a few hundred characters
            return "no AWS credentials found: name a profile in legacy.network.profile, or give the default chain some "
                    + "(environment, shared files, SSO, instance or task role)";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
