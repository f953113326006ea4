package io.zkmig.stacks;

import com.hashicorp.cdktf.DataTerraformRemoteStateLocal;
import com.hashicorp.cdktf.DataTerraformRemoteStateS3;
import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.S3Backend;
import com.hashicorp.cdktf.TerraformElement;
import com.hashicorp.cdktf.TerraformRemoteState;
import com.hashicorp.cdktf.TerraformStack;
import io.zkmig.spec.MigrationSpec;
import io.zkmig.spec.StateFolder;
import io.zkmig.spec.StateSpec;
import io.zkmig.support.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import software.constructs.Construct;

/**
 * Where each stack keeps its Terraform state: a local file under the migration's state folder by
 * default; with {@code state.backend.type: s3}, an S3 object per stack locked by a lock file next to it
 * ({@code use_lockfile}: S3 conditional writes, Terraform 1.10+ and OpenTofu 1.10+), and also by a DynamoDB
 * table when the spec names one (upstream deprecated it; both at once is its migration path).
 * No credential is ever written here: the S3 backend takes them from the usual AWS environment.
 */
final class StateBackends {
    private StateBackends() {
    }

    static void configure(TerraformStack stack, MigrationSpec spec, String stackName) {
        StateSpec.Backend b = spec.state().backend();
        if (b.isS3()) {
            S3Backend backend = S3Backend.Builder.create(stack)
                    .bucket(b.bucket())
                    .key(s3Key(spec, stackName))
                    .region(b.region())
                    .dynamodbTable(b.lockTable())
                    .encrypt(true)
                    .build();
            // CDKTF 0.19's typed config predates the lock file
            backend.addOverride("use_lockfile", true);
            endpointOverrides(backend, b, "");
        } else {
            LocalBackend.Builder.create(stack).path(privateStateFile(spec, stackName).toString()).build();
        }
    }

    /** Reads another stack's outputs, from wherever {@link #configure} put its state. */
    static TerraformRemoteState remoteState(Construct scope, String id, MigrationSpec spec, String stackName) {
        StateSpec.Backend b = spec.state().backend();
        if (b.isS3()) {
            DataTerraformRemoteStateS3 state = DataTerraformRemoteStateS3.Builder.create(scope, id)
                    .bucket(b.bucket())
                    .key(s3Key(spec, stackName))
                    .region(b.region())
                    .build();
            endpointOverrides(state, b, "config.");
            return state;
        }
        return DataTerraformRemoteStateLocal.Builder.create(scope, id)
                .path(localPath(spec, stackName).toString())
                .build();
    }

    /**
     * The stack's local state file, created empty and 0600 (with its backup, in a claimed 0700 state folder)
     * before Terraform first writes it: Terraform keeps the mode of a state file it finds, but creates new
     * ones 0644. An empty state file is what Terraform reads as no state, as it reads a missing one.
     */
    private static Path privateStateFile(MigrationSpec spec, String stackName) {
        Path file = localPath(spec, stackName);
        try {
            StateFolder.claim(spec.stateDir());
            PrivateFiles.createFolders(file.getParent());
            PrivateFiles.createFile(file);
            PrivateFiles.createFile(file.resolveSibling(file.getFileName() + ".backup"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the Terraform state file " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static Path localPath(MigrationSpec spec, String stackName) {
        return spec.stateDir().resolve(StateFolder.TERRAFORM).resolve(stackName + ".tfstate");
    }

    static String s3Key(MigrationSpec spec, String stackName) {
        String prefix = spec.state().backend().keyPrefix();
        if (prefix == null || prefix.isBlank()) {
            prefix = "zkmig/" + spec.name();
        }
        return prefix.replaceAll("/+$", "") + "/" + stackName + ".tfstate";
    }

    /**
     * An S3-compatible endpoint (an emulator, a private endpoint). Written in the {@code endpoints}
     * form Terraform 1.6+ and OpenTofu read; CDKTF 0.19's typed config only knows the older form.
     * Such an endpoint serves S3 only, so the backend must not ask STS to validate the credentials
     * or IAM/STS for the account id: those calls would go to AWS itself.
     */
    private static void endpointOverrides(TerraformElement element, StateSpec.Backend b, String prefix) {
        if (b.endpoint() == null) {
            return;
        }
        element.addOverride(prefix + "endpoints", b.lockTable() == null ? Map.of("s3", b.endpoint())
                : Map.of("s3", b.endpoint(), "dynamodb", b.endpoint()));
        element.addOverride(prefix + "use_path_style", true);
        element.addOverride(prefix + "skip_credentials_validation", true);
        element.addOverride(prefix + "skip_requesting_account_id", true);
    }
}
