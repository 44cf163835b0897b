using System.Reflection;

namespace Analyzer.Cli.Tests.Quality;

/// <summary>The dependency arrows of STYLE.md, read from the assemblies themselves.</summary>
public sealed class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> AllowedProjectReferences = new()
    {
        ["Analyzer.Core"] = [],
        ["Analyzer.Storage"] = ["Analyzer.Core"],
        ["Analyzer.Collectors"] = ["Analyzer.Core"],
        ["Analyzer.Analysis"] = ["Analyzer.Core", "Analyzer.Storage"],
        ["Analyzer.Reports"] = ["Analyzer.Core"],
        ["Analyzer.Jobs"] = ["Analyzer.Core", "Analyzer.Storage", "Analyzer.Collectors", "Analyzer.Analysis", "Analyzer.Reports"],
        ["Analyzer.Scheduling"] = ["Analyzer.Core", "Analyzer.Storage", "Analyzer.Collectors", "Analyzer.Reports", "Analyzer.Jobs"],
    };

    public static TheoryData<string> ProductAssemblies() => new(AllowedProjectReferences.Keys);

    [Theory]
    [MemberData(nameof(ProductAssemblies))]
    public void References_OfEachProject_PointOnlyAlongTheAllowedArrows(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var projectReferences = assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name!)
            .Where(name => name.StartsWith("Analyzer.", StringComparison.Ordinal))
            .ToArray();

        Assert.All(projectReferences, reference => Assert.Contains(reference, AllowedProjectReferences[assemblyName]));
    }

    [Fact]
    public void Core_ReferencesNoAwsDuckDbOrHttpAssembly()
    {
        var references = Assembly.Load("Analyzer.Core").GetReferencedAssemblies().Select(reference => reference.Name!).ToArray();

        Assert.DoesNotContain(references, name => name.StartsWith("AWSSDK", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.Contains("Http", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Analyzer.Core")]
    [InlineData("Analyzer.Collectors")]
    [InlineData("Analyzer.Analysis")]
    [InlineData("Analyzer.Reports")]
    [InlineData("Analyzer.Jobs")]
    [InlineData("Analyzer.Scheduling")]
    [InlineData("analyzer")]
    public void References_OfEveryProjectButStorage_IncludeNoDuckDbNet(string assemblyName)
    {
        var references = Assembly.Load(assemblyName).GetReferencedAssemblies().Select(reference => reference.Name!).ToArray();

        Assert.DoesNotContain(references, name => name.StartsWith("DuckDB.NET", StringComparison.Ordinal));
    }

    [Fact]
    public void PublicApi_OfStorage_ExposesNoDuckDbNetType()
    {
        // Storage is the only project that sees DuckDB.NET: nothing it hands out may be one of its types.
        const BindingFlags members = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly;
        var exposed = Assembly.Load("Analyzer.Storage").GetExportedTypes()
            .SelectMany(type => type.GetMethods(members).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
                .Concat(type.GetProperties(members).Select(p => p.PropertyType))
                .Concat(type.GetConstructors(members).SelectMany(c => c.GetParameters().Select(p => p.ParameterType)))
                .Select(t => (Type: type, Used: t)))
            .Where(pair => pair.Used.Assembly.GetName().Name!.StartsWith("DuckDB.NET", StringComparison.Ordinal))
            .Select(pair => $"{pair.Type.FullName} uses {pair.Used.FullName}")
            .ToArray();

        Assert.Empty(exposed);
    }

    [Fact]
    public void AsyncMethods_InEveryProductAssembly_NeverReturnVoid()
    {
        var offenders = AllowedProjectReferences.Keys.Append("analyzer")
            .Select(Assembly.Load)
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(method => method.ReturnType == typeof(void) && method.GetCustomAttribute<System.Runtime.CompilerServices.AsyncStateMachineAttribute>() is not null)
            .Select(method => $"{method.DeclaringType}.{method.Name}")
            .ToArray();

        Assert.Empty(offenders);
    }
}
