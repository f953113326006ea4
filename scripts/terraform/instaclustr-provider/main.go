// Command terraform-provider-instaclustr serves the Instaclustr v2 Terraform provider.
//
// The Instaclustr v2 provider is a generic OpenAPI provider: at start-up it reads
// $IC_API_URL/cluster-management/v2/swagger-for-terraform.yaml (default host
// https://api.instaclustr.com) and derives every resource from that document; its only
// provider argument is terraform_key. The Go module proxy reachable here refuses the
// Instaclustr module itself, so zkmig's bootstrap builds the same engine
// (github.com/dikhan/terraform-provider-openapi/v3) with this entry point, configured the
// way the published provider configures it.
package main

import (
	"log"
	"os"
	"strings"

	"github.com/dikhan/terraform-provider-openapi/v3/openapi"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/hashicorp/terraform-plugin-sdk/v2/plugin"
)

const (
	providerName   = "instaclustr"
	defaultAPIHost = "https://api.instaclustr.com"
	documentPath   = "/cluster-management/v2/swagger-for-terraform.yaml"
)

func documentURL() string {
	host := strings.TrimSpace(os.Getenv("IC_API_URL"))
	if host == "" {
		host = defaultAPIHost
	}
	return strings.TrimRight(host, "/") + documentPath
}

func main() {
	factory := openapi.ProviderOpenAPI{ProviderName: providerName}
	provider, err := factory.CreateSchemaProviderFromServiceConfiguration(&openapi.ServiceConfigV1{SwaggerURL: documentURL()})
	if err != nil {
		log.Fatalf("[ERROR] Failed to initialize the terraform provider: %s", err)
	}
	plugin.Serve(&plugin.ServeOpts{ProviderFunc: func() *schema.Provider { return provider }})
}
