using System.Reflection;
using PublicApiGenerator;
using Shouldly.Configuration;

namespace CaseRecords.Tests;

public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
    };

    private static string Api(Assembly assembly) => assembly.GeneratePublicApi(Options);

    private static void Approved(ShouldMatchConfigurationBuilder options) => options.NoDiff().WithFileExtension("txt").SubFolder("Approved");

    [Fact]
    public void The_public_api_is_approved() => Api(typeof(CaseDataset).Assembly).ShouldMatchApproved(Approved);

    [Fact]
    public void The_public_api_of_the_export_package_is_approved() => Api(typeof(Export.CaseExport).Assembly).ShouldMatchApproved(Approved);
}
