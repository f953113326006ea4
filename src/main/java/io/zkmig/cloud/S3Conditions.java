package io.zkmig.cloud;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * S3's conditional put: {@code If-None-Match: *} to create an object only where there is none, {@code If-Match:
 * <etag>} to replace only the version last read. 412 (Precondition Failed) means another writer came first; 409
 * (ConditionalRequestConflict) that one is writing at this moment, and 404 on an {@code If-Match} that the object
 * read is gone: each is a lost race, never retried here.
 */
final class S3Conditions {
    private S3Conditions() {
    }

    /** Writes when the condition holds: true, or false when another writer came first. */
    static boolean put(S3Client s3, String bucket, String key, byte[] body, String ifMatch) {
        return putReturningTag(s3, bucket, key, body, ifMatch) != null;
    }

    /** As {@link #put}, returning the new object's ETag, or null when the race was lost. */
    static String putReturningTag(S3Client s3, String bucket, String key, byte[] body, String ifMatch) {
        PutObjectRequest.Builder request = PutObjectRequest.builder().bucket(bucket).key(key)
                .contentType("application/x-ndjson");
        if (ifMatch == null) {
            request.ifNoneMatch("*");
        } else {
            request.ifMatch(ifMatch);
        }
        try {
            PutObjectResponse response = s3.putObject(request.build(), RequestBody.fromBytes(body));
            return response.eTag();
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409 || (ifMatch != null && e.statusCode() == 404)) {
                return null;
            }
            throw e;
        }
    }
}
