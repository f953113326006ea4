package io.zkmig.cloud;

import io.zkmig.runner.ledger.FileLedger;
import io.zkmig.runner.ledger.Ledger;
import io.zkmig.spec.LedgerSpec;
import io.zkmig.spec.MigrationSpec;

/** The ledger a spec names ({@code state.ledger}): the file in its state folder, or the S3 object. */
public final class Ledgers {
    private Ledgers() {
    }

    /** Opens it for writing, taking the runner lock(s); a second runner is refused. */
    public static Ledger open(MigrationSpec spec) {
        LedgerSpec l = spec.state().ledger();
        if (!l.isS3()) {
            return FileLedger.open(spec.stateDir());
        }
        return S3Ledger.open(client(l), l, spec.stateDir());
    }

    /** Reads it without a lock, changing nothing; a ledger not written yet is empty. */
    public static Ledger readOnly(MigrationSpec spec) {
        LedgerSpec l = spec.state().ledger();
        return l.isS3() ? S3Ledger.readOnly(client(l), l) : FileLedger.readOnly(spec.stateDir());
    }

    private static software.amazon.awssdk.services.s3.S3Client client(LedgerSpec l) {
        return AwsSession.s3(l.region(), l.endpoint(), l.profile());
    }
}
