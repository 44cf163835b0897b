"""Seeds a moto server (AWS_ENDPOINT_URL) with what the moto tests expect; prints the created ids as JSON.

EC2: two instances of m5.large tagged Name, and two c5.large in the Auto Scaling group "web-asg" (by tag).
ECS: cluster "prod" with service "api" (task definition api:1, 512 CPU units, 1024 MiB, FARGATE, desired 2).
Lambda: function "resize" (256 MB, arm64). CloudWatch: hourly CPUUtilization for the first instance, two hours.
"""
import io
import json
import sys
import zipfile
from datetime import datetime, timezone

import boto3

start = datetime.fromisoformat(sys.argv[1]).replace(tzinfo=timezone.utc)
ec2 = boto3.client("ec2")
image = ec2.describe_images(Owners=["amazon"])["Images"][0]["ImageId"]


def run(instance_type, tags):
    reservation = ec2.run_instances(ImageId=image, InstanceType=instance_type, MinCount=1, MaxCount=1,
                                    TagSpecifications=[{"ResourceType": "instance", "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]}])
    return reservation["Instances"][0]["InstanceId"]


single = [run("m5.large", {"Name": f"web-{n}"}) for n in (1, 2)]
grouped = [run("c5.large", {"Name": "asg-member", "aws:autoscaling:groupName": "web-asg"}) for _ in (1, 2)]

ecs = boto3.client("ecs")
ecs.create_cluster(clusterName="prod")
ecs.register_task_definition(family="api", cpu="512", memory="1024", requiresCompatibilities=["FARGATE"], networkMode="awsvpc",
                             containerDefinitions=[{"name": "api", "image": "nginx", "essential": True}])
ecs.create_service(cluster="prod", serviceName="api", taskDefinition="api:1", desiredCount=2, launchType="FARGATE")

iam = boto3.client("iam")
role = iam.create_role(RoleName="lambda-exec", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
code = io.BytesIO()
with zipfile.ZipFile(code, "w") as archive:
    archive.writestr("index.py", "def handler(event, context):\n    return event\n")
boto3.client("lambda").create_function(FunctionName="resize", Runtime="python3.12", Role=role, Handler="index.handler",
                                       Code={"ZipFile": code.getvalue()}, MemorySize=256, Timeout=30, Architectures=["arm64"])

cloudwatch = boto3.client("cloudwatch")
for hour, value in ((0, 20.0), (1, 40.0)):
    cloudwatch.put_metric_data(Namespace="AWS/EC2", MetricData=[{
        "MetricName": "CPUUtilization", "Dimensions": [{"Name": "InstanceId", "Value": single[0]}],
        "Timestamp": start.replace(hour=hour, minute=30), "Value": value, "Unit": "Percent"}])

print(json.dumps({"single": single, "grouped": grouped}))
