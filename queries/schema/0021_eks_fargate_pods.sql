-- 0021_eks_fargate_pods: a fifth workload kind, 'eks_fargate_pod': the pods of one Kubernetes owner (a Deployment,
-- a Job...) running on EKS Fargate in one cluster and namespace, read from Container Insights (ADOT). DuckDB cannot
-- change a CHECK constraint in place, so the table is rebuilt with the same columns in the same order (0001's, then
-- 0007's platform and tenancy) and its rows copied.
CREATE TABLE workloads_0021 (
    workload_id     VARCHAR NOT NULL,   -- instance id, ASG ARN or name, ECS service ARN, Lambda function ARN, EKS Fargate pod owner
    account_id      VARCHAR NOT NULL,
    region          VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL CHECK (kind IN ('ec2_instance', 'asg', 'ecs_service', 'lambda_function', 'eks_fargate_pod')),
    name            VARCHAR NOT NULL,
    instance_type   VARCHAR,            -- null for Fargate and Lambda
    vcpu            DOUBLE,             -- EKS Fargate pods: the pod's CPU request (= limit), not the size Fargate bills
    memory_gib      DOUBLE,             -- EKS Fargate pods: the pod's memory request (= limit)
    architecture    VARCHAR NOT NULL,
    purchase_option VARCHAR NOT NULL,
    launch_type     VARCHAR,            -- ECS: 'EC2' or 'FARGATE'; EKS Fargate pods: 'FARGATE'
    desired_count   INTEGER NOT NULL,
    lambda_memory_mb INTEGER,
    lambda_timeout_s INTEGER,
    tags            MAP(VARCHAR, VARCHAR),
    source          VARCHAR NOT NULL,
    updated_at      TIMESTAMP NOT NULL,
    platform        VARCHAR DEFAULT 'Linux/UNIX',
    tenancy         VARCHAR DEFAULT 'default'
);

INSERT INTO workloads_0021 SELECT * FROM workloads;
DROP TABLE workloads;
ALTER TABLE workloads_0021 RENAME TO workloads;
