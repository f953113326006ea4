# A cluster request the API refuses: the node size is not one Instaclustr offers.
terraform {
  required_providers {
    instaclustr = {
      source  = "instaclustr/instaclustr"
      version = ">= 2.0.0, < 3.0.0"
    }
  }
}

# terraform_key comes from the environment (TERRAFORM_KEY), never from the configuration: a variable's value
# would be stored in saved plans and shown by `terraform show -json`.
provider "instaclustr" {}

resource "instaclustr_zookeeper_cluster_v2" "oversized" {
  name                    = "zkmig-bad-node-size"
  zookeeper_version       = "3.9.3"
  sla_tier                = "NON_PRODUCTION"
  private_network_cluster = false

  data_centre {
    name            = "AWS_VPC_US_EAST_1"
    cloud_provider  = "AWS_VPC"
    region          = "US_EAST_1"
    node_size       = "zookeeper-gigantic-x99.metal-9000"
    number_of_nodes = 3
    network         = "10.31.0.0/16"
  }
}
