using System.Globalization;
using System.Security;
using System.Text;

namespace Analyzer.Testing.FakeAws;

/// <summary>
/// EC2 DescribeInstances as the 2016-11-15 model shapes it: reservationSet/item/instancesSet/item, tagSet/item,
/// nextToken; honours MaxResults (5-1000) and NextToken. Also DescribeInstanceTypes, DescribeSpotPriceHistory and
/// DescribeRegions (regionInfo/item).
/// </summary>
public sealed class FakeEc2
{
    public List<FakeEc2Instance> Instances { get; } = [];

    /// <summary>Instances of regions that differ from <see cref="Instances"/>, which every other region sees.</summary>
    public Dictionary<string, List<FakeEc2Instance>> ByRegion { get; } = new(StringComparer.Ordinal);

    /// <summary>vCPUs and MiB of the types DescribeInstanceTypes knows; others are InvalidInstanceType.</summary>
    public Dictionary<string, (int Vcpus, int MemoryMib)> InstanceTypes { get; } = new(StringComparer.Ordinal)
    {
        ["m5.large"] = (2, 8192),
        ["m5.xlarge"] = (4, 16384),
        ["c5.large"] = (2, 4096),
        ["c6g.large"] = (2, 4096),
    };

    /// <summary>
    /// DescribeRegions' answer: region name and optInStatus ("opt-in-not-required", "opted-in", "not-opted-in").
    /// With AllRegions unset or false, like AWS, regions not opted in to are left out.
    /// </summary>
    public List<(string Name, string OptInStatus)> Regions { get; } =
    [
        ("us-east-1", "opt-in-not-required"),
        ("ap-east-1", "not-opted-in"),
    ];

    /// <summary>What DescribeHosts returns, in every region.</summary>
    public List<FakeDedicatedHost> Hosts { get; } = [];

    /// <summary>DescribeHosts returns at most this many a page, with a nextToken for the rest.</summary>
    public int HostsPageLimit { get; set; } = 500;

    /// <summary>What DescribeReservedInstances returns, in every region (it honours Filter.N state).</summary>
    public List<FakeReservedInstance> ReservedInstances { get; } = [];

    /// <summary>What DescribeCapacityReservations returns, in every region.</summary>
    public List<FakeCapacityReservation> CapacityReservations { get; } = [];

    /// <summary>DescribeCapacityReservations returns at most this many a page, with a nextToken for the rest.</summary>
    public int CapacityReservationsPageLimit { get; set; } = 1000;

    /// <summary>Spot price changes DescribeSpotPriceHistory knows (Linux/UNIX).</summary>
    public List<(string Zone, string InstanceType, DateTime At, decimal Price)> SpotPrices { get; } = [];

    /// <summary>DescribeSpotPriceHistory returns at most this many records a page.</summary>
    public int SpotPageLimit { get; set; } = 1000;

    /// <summary>DescribeInstanceTypes returns at most this many types a page, with a nextToken for the rest.</summary>
    public int InstanceTypesPageLimit { get; set; } = 100;

    /// <summary>
    /// Each account sees only the instances it owns (OwnerId = the signing key's account), as in a real organisation;
    /// false (the default): every caller sees every instance.
    /// </summary>
    public bool PerAccount { get; set; }

    /// <summary>The most instances one page holds whatever MaxResults asks (AWS may return fewer).</summary>
    public int PageLimit { get; set; } = 1000;

    public static FakeEc2 Serve(FakeAwsServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        var ec2 = new FakeEc2();
        server.Handle("ec2", "DescribeInstances", ec2.DescribeInstances);
        server.Handle("ec2", "DescribeInstanceTypes", ec2.DescribeInstanceTypes);
        server.Handle("ec2", "DescribeSpotPriceHistory", ec2.DescribeSpotPriceHistory);
        server.Handle("ec2", "DescribeRegions", ec2.DescribeRegions);
        server.Handle("ec2", "DescribeCapacityReservations", ec2.DescribeCapacityReservations);
        server.Handle("ec2", "DescribeHosts", ec2.DescribeHosts);
        server.Handle("ec2", "DescribeReservedInstances", ec2.DescribeReservedInstances);
        return ec2;
    }

    /// <summary>Adds <paramref name="count"/> instances i-00000001... of one type, running.</summary>
    public void AddMany(int count, string instanceType = "m5.large", string? autoScalingGroup = null, string ownerId = "111111111111")
    {
        for (var i = 0; i < count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"i-{Instances.Count + 1:x17}");
            var tags = new Dictionary<string, string> { ["Name"] = $"web-{Instances.Count + 1}" };
            if (autoScalingGroup is not null)
            {
                tags["aws:autoscaling:groupName"] = autoScalingGroup;
            }

            Instances.Add(new FakeEc2Instance(id, instanceType, "running", ownerId, tags));
        }
    }

    private FakeAwsResponse DescribeInstances(FakeAwsRequest request)
    {
        var max = int.Parse(request.Param("MaxResults") ?? "1000", CultureInfo.InvariantCulture);
        if (max is < 5 or > 1000)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Ec2Query, 400, "InvalidParameterValue", "MaxResults must be between 5 and 1000.");
        }

        var start = request.Param("NextToken") is { } token ? int.Parse(token[4..], CultureInfo.InvariantCulture) : 0;
        var take = Math.Min(max, PageLimit);
        var instances = ByRegion.TryGetValue(request.Region, out var regional) ? regional : Instances;
        if (PerAccount)
        {
            instances = [.. instances.Where(i => i.OwnerId == request.Credential.AccountId)];
        }

        var page = instances.Skip(start).Take(take).ToList();
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">");
        xml.Append("<requestId>").Append(Guid.NewGuid()).Append("</requestId><reservationSet>");
        // Two instances per reservation, as launches of several instances produce.
        foreach (var reservation in page.Chunk(2))
        {
            xml.Append("<item><reservationId>r-").Append(reservation[0].InstanceId[2..]).Append("</reservationId><ownerId>")
                .Append(reservation[0].OwnerId).Append("</ownerId><groupSet/><instancesSet>");
            foreach (var instance in reservation)
            {
                AppendInstance(xml, instance);
            }

            xml.Append("</instancesSet></item>");
        }

        xml.Append("</reservationSet>");
        if (start + take < instances.Count)
        {
            xml.Append("<nextToken>tok-").Append((start + take).ToString(CultureInfo.InvariantCulture)).Append("</nextToken>");
        }

        xml.Append("</DescribeInstancesResponse>");
        return FakeAwsResponse.Xml(xml.ToString());
    }

    private FakeAwsResponse DescribeInstanceTypes(FakeAwsRequest request)
    {
        var asked = new List<string>();
        for (var i = 1; request.Param(string.Create(CultureInfo.InvariantCulture, $"InstanceType.{i}")) is { } type; i++)
        {
            asked.Add(type);
        }

        var unknown = asked.Where(t => !InstanceTypes.ContainsKey(t)).ToList();
        if (asked.Count > 100 || unknown.Count > 0)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Ec2Query, 400, "InvalidInstanceType", $"The following supplied instance types do not exist: [{string.Join(", ", unknown)}]");
        }

        var start = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = asked.Skip(start).Take(InstanceTypesPageLimit).ToList();
        var xml = new StringBuilder("<DescribeInstanceTypesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><instanceTypeSet>");
        foreach (var type in page)
        {
            var (vcpus, mib) = InstanceTypes[type];
            xml.Append("<item><instanceType>").Append(type).Append("</instanceType><currentGeneration>true</currentGeneration>")
                .Append("<vCpuInfo><defaultVCpus>").Append(vcpus).Append("</defaultVCpus></vCpuInfo>")
                .Append("<memoryInfo><sizeInMiB>").Append(mib).Append("</sizeInMiB></memoryInfo></item>");
        }

        xml.Append("</instanceTypeSet>");
        if (start + page.Count < asked.Count)
        {
            xml.Append("<nextToken>").Append((start + page.Count).ToString(CultureInfo.InvariantCulture)).Append("</nextToken>");
        }

        return FakeAwsResponse.Xml(xml.Append("</DescribeInstanceTypesResponse>").ToString());
    }

    private FakeAwsResponse DescribeSpotPriceHistory(FakeAwsRequest request)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; request.Param(string.Create(CultureInfo.InvariantCulture, $"InstanceType.{i}")) is { } type; i++)
        {
            types.Add(type);
        }

        var start = DateTime.Parse(request.Param("StartTime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        var end = DateTime.Parse(request.Param("EndTime")!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        // Like AWS, include the price in effect at StartTime: the last change at or before it, per zone and type.
        var inWindow = SpotPrices.Where(p => types.Count == 0 || types.Contains(p.InstanceType))
            .GroupBy(p => (p.Zone, p.InstanceType))
            .SelectMany(g => g.Where(p => p.At > start && p.At < end).Concat(g.Where(p => p.At <= start).OrderByDescending(p => p.At).Take(1)))
            .OrderByDescending(p => p.At)
            .ToList();
        var offset = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = inWindow.Skip(offset).Take(SpotPageLimit).ToList();
        var xml = new StringBuilder("<DescribeSpotPriceHistoryResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><spotPriceHistorySet>");
        foreach (var p in page)
        {
            xml.Append("<item><instanceType>").Append(p.InstanceType).Append("</instanceType><productDescription>Linux/UNIX</productDescription><spotPrice>")
                .Append(p.Price.ToString(CultureInfo.InvariantCulture)).Append("</spotPrice><timestamp>")
                .Append(p.At.ToString("yyyy-MM-ddTHH:mm:ss.000Z", CultureInfo.InvariantCulture)).Append("</timestamp><availabilityZone>")
                .Append(p.Zone).Append("</availabilityZone></item>");
        }

        xml.Append("</spotPriceHistorySet><nextToken>");
        if (offset + page.Count < inWindow.Count)
        {
            xml.Append((offset + page.Count).ToString(CultureInfo.InvariantCulture));
        }

        return FakeAwsResponse.Xml(xml.Append("</nextToken></DescribeSpotPriceHistoryResponse>").ToString());
    }

    // The 2016-11-15 model's shape: capacityReservationSet/item with capacityReservationId, ownerId, instanceType,
    // instancePlatform, availabilityZone, tenancy, totalInstanceCount, availableInstanceCount, state, startDate,
    // endDate, endDateType, instanceMatchCriteria, createDate; nextToken; MaxResults 1-1000.
    private FakeAwsResponse DescribeCapacityReservations(FakeAwsRequest request)
    {
        var max = int.Parse(request.Param("MaxResults") ?? "1000", CultureInfo.InvariantCulture);
        if (max is < 1 or > 1000)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Ec2Query, 400, "InvalidParameterValue", "MaxResults must be between 1 and 1000.");
        }

        var start = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var mine = PerAccount ? [.. CapacityReservations.Where(r => r.OwnerId == request.Credential.AccountId)] : CapacityReservations;
        var page = mine.Skip(start).Take(Math.Min(max, CapacityReservationsPageLimit)).ToList();
        static string Time(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss.000Z", CultureInfo.InvariantCulture);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeCapacityReservationsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><capacityReservationSet>");
        foreach (var r in page)
        {
            xml.Append("<item><capacityReservationId>").Append(SecurityElement.Escape(r.CapacityReservationId)).Append("</capacityReservationId>")
                .Append("<ownerId>").Append(r.OwnerId).Append("</ownerId>")
                .Append("<capacityReservationArn>arn:aws:ec2:").Append(request.Region).Append(':').Append(r.OwnerId).Append(":capacity-reservation/").Append(SecurityElement.Escape(r.CapacityReservationId)).Append("</capacityReservationArn>")
                .Append("<availabilityZoneId>use1-az1</availabilityZoneId>")
                .Append("<instanceType>").Append(SecurityElement.Escape(r.InstanceType)).Append("</instanceType>")
                .Append("<instancePlatform>").Append(SecurityElement.Escape(r.InstancePlatform)).Append("</instancePlatform>")
                .Append("<availabilityZone>").Append(SecurityElement.Escape(r.AvailabilityZone)).Append("</availabilityZone>")
                .Append("<tenancy>").Append(r.Tenancy).Append("</tenancy>")
                .Append("<totalInstanceCount>").Append(r.TotalInstanceCount.ToString(CultureInfo.InvariantCulture)).Append("</totalInstanceCount>")
                .Append("<availableInstanceCount>").Append(r.AvailableInstanceCount.ToString(CultureInfo.InvariantCulture)).Append("</availableInstanceCount>")
                .Append("<ebsOptimized>false</ebsOptimized><ephemeralStorage>false</ephemeralStorage>")
                .Append("<state>").Append(r.State).Append("</state>")
                .Append("<startDate>").Append(Time(r.StartDate)).Append("</startDate>");
            if (r.EndDate is { } end)
            {
                xml.Append("<endDate>").Append(Time(end)).Append("</endDate><endDateType>limited</endDateType>");
            }
            else
            {
                xml.Append("<endDateType>unlimited</endDateType>");
            }

            xml.Append("<instanceMatchCriteria>").Append(r.InstanceMatchCriteria).Append("</instanceMatchCriteria>")
                .Append("<createDate>").Append(Time(r.StartDate)).Append("</createDate><tagSet/><reservationType>default</reservationType></item>");
        }

        xml.Append("</capacityReservationSet>");
        if (start + page.Count < mine.Count)
        {
            xml.Append("<nextToken>").Append((start + page.Count).ToString(CultureInfo.InvariantCulture)).Append("</nextToken>");
        }

        return FakeAwsResponse.Xml(xml.Append("</DescribeCapacityReservationsResponse>").ToString());
    }

    // The 2016-11-15 model's shape: hostSet/item with hostId, ownerId, availabilityZone, state, autoPlacement,
    // allocationTime, hostProperties (instanceFamily, instanceType, totalVCpus, cores, sockets), instances/item and
    // availableCapacity (availableInstanceCapacity/item, availableVCpus); nextToken; maxResults 5-500.
    private FakeAwsResponse DescribeHosts(FakeAwsRequest request)
    {
        var max = int.Parse(request.Param("MaxResults") ?? "500", CultureInfo.InvariantCulture);
        if (max is < 5 or > 500)
        {
            return FakeAwsErrors.Error(FakeAwsProtocol.Ec2Query, 400, "InvalidParameterValue", "MaxResults must be between 5 and 500.");
        }

        var start = request.Param("NextToken") is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var mine = PerAccount ? [.. Hosts.Where(h => h.OwnerId == request.Credential.AccountId)] : Hosts;
        var page = mine.Skip(start).Take(Math.Min(max, HostsPageLimit)).ToList();
        static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeHostsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><hostSet>");
        foreach (var h in page)
        {
            xml.Append("<item><hostId>").Append(SecurityElement.Escape(h.HostId)).Append("</hostId>")
                .Append("<ownerId>").Append(h.OwnerId).Append("</ownerId>")
                .Append("<availabilityZone>").Append(SecurityElement.Escape(h.AvailabilityZone)).Append("</availabilityZone>")
                .Append("<availabilityZoneId>use1-az1</availabilityZoneId>")
                .Append("<state>").Append(h.State).Append("</state>")
                .Append("<autoPlacement>").Append(h.AutoPlacement).Append("</autoPlacement>")
                .Append("<hostRecovery>off</hostRecovery>")
                .Append("<allowsMultipleInstanceTypes>").Append(h.InstanceType is null ? "on" : "off").Append("</allowsMultipleInstanceTypes>")
                .Append("<allocationTime>").Append(h.AllocationTime.ToString("yyyy-MM-ddTHH:mm:ss.000Z", CultureInfo.InvariantCulture)).Append("</allocationTime>")
                .Append("<hostProperties><instanceFamily>").Append(SecurityElement.Escape(h.InstanceFamily)).Append("</instanceFamily>");
            if (h.InstanceType is { } type)
            {
                xml.Append("<instanceType>").Append(SecurityElement.Escape(type)).Append("</instanceType>");
            }

            xml.Append("<totalVCpus>").Append(N(h.TotalVcpus)).Append("</totalVCpus><cores>").Append(N(h.TotalVcpus / 2)).Append("</cores><sockets>2</sockets></hostProperties>")
                .Append("<instances>");
            foreach (var id in h.InstanceIds)
            {
                xml.Append("<item><instanceId>").Append(SecurityElement.Escape(id)).Append("</instanceId><instanceType>").Append(SecurityElement.Escape(h.InstanceType ?? h.InstanceFamily + ".large"))
                    .Append("</instanceType><ownerId>").Append(h.OwnerId).Append("</ownerId></item>");
            }

            xml.Append("</instances><availableCapacity><availableInstanceCapacity>");
            if (h.InstanceType is { } only && h.TotalCapacity is { } total)
            {
                xml.Append("<item><availableCapacity>").Append(N(h.AvailableCapacity ?? total)).Append("</availableCapacity><instanceType>").Append(SecurityElement.Escape(only))
                    .Append("</instanceType><totalCapacity>").Append(N(total)).Append("</totalCapacity></item>");
            }

            xml.Append("</availableInstanceCapacity><availableVCpus>").Append(N(h.AvailableVcpus)).Append("</availableVCpus></availableCapacity><tagSet/></item>");
        }

        xml.Append("</hostSet>");
        if (start + page.Count < mine.Count)
        {
            xml.Append("<nextToken>").Append(N(start + page.Count)).Append("</nextToken>");
        }

        return FakeAwsResponse.Xml(xml.Append("</DescribeHostsResponse>").ToString());
    }

    // The 2016-11-15 model's shape: reservedInstancesSet/item with reservedInstancesId, instanceType, availabilityZone,
    // start, end, duration, usagePrice, fixedPrice, instanceCount, productDescription, state, instanceTenancy,
    // currencyCode, offeringType, recurringCharges/item (amount, frequency), offeringClass, scope; no pagination.
    // Filters arrive as Filter.N.Name and Filter.N.Value.M; the fake knows "state".
    private FakeAwsResponse DescribeReservedInstances(FakeAwsRequest request)
    {
        var states = new List<string>();
        for (var n = 1; request.Param($"Filter.{n}.Name") is { } name; n++)
        {
            if (name != "state")
            {
                return FakeAwsErrors.Error(FakeAwsProtocol.Ec2Query, 400, "InvalidParameterValue", $"The filter '{name}' is invalid");
            }

            for (var m = 1; request.Param($"Filter.{n}.Value.{m}") is { } value; m++)
            {
                states.Add(value);
            }
        }

        var mine = ReservedInstances.Where(r => (!PerAccount || r.OwnerId == request.Credential.AccountId) && (states.Count == 0 || states.Contains(r.State)));
        static string Time(DateTime at) => at.ToString("yyyy-MM-ddTHH:mm:ss.000Z", CultureInfo.InvariantCulture);
        static string N(double value) => value.ToString("0.0###", CultureInfo.InvariantCulture);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeReservedInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><reservedInstancesSet>");
        foreach (var r in mine)
        {
            xml.Append("<item><reservedInstancesId>").Append(SecurityElement.Escape(r.ReservedInstancesId)).Append("</reservedInstancesId>")
                .Append("<instanceType>").Append(SecurityElement.Escape(r.InstanceType)).Append("</instanceType>");
            if (r.AvailabilityZone is { } zone)
            {
                xml.Append("<availabilityZone>").Append(SecurityElement.Escape(zone)).Append("</availabilityZone>");
            }

            xml.Append("<start>").Append(Time(r.Start)).Append("</start><end>").Append(Time(r.End)).Append("</end>")
                .Append("<duration>").Append(((long)(r.End - r.Start).TotalSeconds).ToString(CultureInfo.InvariantCulture)).Append("</duration>")
                .Append("<fixedPrice>").Append(N(r.FixedPrice)).Append("</fixedPrice><usagePrice>").Append(N(r.UsagePrice)).Append("</usagePrice>")
                .Append("<instanceCount>").Append(r.InstanceCount.ToString(CultureInfo.InvariantCulture)).Append("</instanceCount>")
                .Append("<productDescription>").Append(SecurityElement.Escape(r.ProductDescription)).Append("</productDescription>")
                .Append("<state>").Append(r.State).Append("</state><tagSet/>")
                .Append("<instanceTenancy>").Append(r.InstanceTenancy).Append("</instanceTenancy><currencyCode>USD</currencyCode>")
                .Append("<offeringType>").Append(SecurityElement.Escape(r.OfferingType)).Append("</offeringType><recurringCharges>");
            if (r.RecurringHourly > 0)
            {
                xml.Append("<item><frequency>Hourly</frequency><amount>").Append(N(r.RecurringHourly)).Append("</amount></item>");
            }

            xml.Append("</recurringCharges><offeringClass>").Append(r.OfferingClass).Append("</offeringClass>")
                .Append("<scope>").Append(SecurityElement.Escape(r.Scope)).Append("</scope></item>");
        }

        return FakeAwsResponse.Xml(xml.Append("</reservedInstancesSet></DescribeReservedInstancesResponse>").ToString());
    }

    private FakeAwsResponse DescribeRegions(FakeAwsRequest request)
    {
        var all = string.Equals(request.Param("AllRegions"), "true", StringComparison.OrdinalIgnoreCase);
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>r</requestId><regionInfo>");
        foreach (var (name, status) in Regions.Where(r => all || r.OptInStatus != "not-opted-in"))
        {
            xml.Append("<item><regionName>").Append(SecurityElement.Escape(name)).Append("</regionName><regionEndpoint>ec2.")
                .Append(SecurityElement.Escape(name)).Append(".amazonaws.com</regionEndpoint><optInStatus>").Append(status).Append("</optInStatus></item>");
        }

        return FakeAwsResponse.Xml(xml.Append("</regionInfo></DescribeRegionsResponse>").ToString());
    }

    private static void AppendInstance(StringBuilder xml, FakeEc2Instance instance)
    {
        xml.Append("<item><instanceId>").Append(instance.InstanceId).Append("</instanceId><imageId>ami-0abc</imageId>")
            .Append("<instanceState><code>").Append(instance.State == "running" ? "16" : "80").Append("</code><name>").Append(instance.State).Append("</name></instanceState>")
            .Append("<instanceType>").Append(instance.InstanceType).Append("</instanceType>")
            .Append("<launchTime>2024-05-01T10:00:00.000Z</launchTime>")
            .Append("<placement><availabilityZone>us-east-1a</availabilityZone><tenancy>").Append(SecurityElement.Escape(instance.Tenancy)).Append("</tenancy></placement>");
        if (instance.Platform is not null)
        {
            xml.Append("<platform>").Append(instance.Platform).Append("</platform>");
        }

        if (instance.PlatformDetails is not null)
        {
            xml.Append("<platformDetails>").Append(SecurityElement.Escape(instance.PlatformDetails)).Append("</platformDetails>");
        }

        if (instance.Lifecycle is not null)
        {
            xml.Append("<instanceLifecycle>").Append(instance.Lifecycle).Append("</instanceLifecycle>");
        }

        xml.Append("<architecture>").Append(instance.Architecture).Append("</architecture><tagSet>");
        foreach (var (key, value) in instance.Tags)
        {
            xml.Append("<item><key>").Append(SecurityElement.Escape(key)).Append("</key><value>").Append(SecurityElement.Escape(value)).Append("</value></item>");
        }

        xml.Append("</tagSet></item>");
    }
}
