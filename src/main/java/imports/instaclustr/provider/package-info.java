/**
 * <h1><code>provider</code></h1>
 * <p>
 * Refer to the Terraform Registory for docs: <a href="https://registry.terraform.io/providers/instaclustr/instaclustr/2.1.89/docs"><code>instaclustr</code></a>.
 */
package imports.instaclustr.provider;
