using Portal.Build;

namespace Portal.Tests.Infrastructure;

/// <summary>A site built once per test class from the fixture content, and removed afterwards.</summary>
public class BuiltSite : IDisposable
{
    private readonly TempFolder folder = new("portal-site");

    public BuiltSite() : this(null)
    {
    }

    protected BuiltSite(Uri? baseUrl)
    {
        BaseUrl = baseUrl ?? new Uri("https://example.gov.cn/");
        ContentDir = FixtureContent.Create(folder.Combine("content"));
        OutputDir = folder.Combine("_site");
        Result = SiteBuild.Build(new BuildOptions
        {
            ContentDir = ContentDir,
            OutputDir = OutputDir,
            ThemeDir = RepositoryPaths.Theme,
            BaseUrl = BaseUrl,
            Today = new DateOnly(2026, 11, 26),
        });
        if (!Result.Success)
            throw new InvalidOperationException("fixture build failed: " + string.Join("\n", Result.Diagnostics));
    }

    public Uri BaseUrl { get; }

    public string ContentDir { get; }

    public string OutputDir { get; }

    public BuildResult Result { get; }

    public string File(string sitePath) => Path.Combine(OutputDir, Portal.Output.OutputFolder.FileOf(sitePath));

    public string Read(string sitePath) => System.IO.File.ReadAllText(File(sitePath));

    public void Dispose()
    {
        folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same fixture served from a GitHub Pages project sub-path.</summary>
public sealed class BuiltSiteUnderSubPath() : BuiltSite(new Uri("https://example.github.io/portal/"));
