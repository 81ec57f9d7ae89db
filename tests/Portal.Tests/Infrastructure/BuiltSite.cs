using System.Collections.Concurrent;
using Portal.Build;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The fixture content built once per test run and base address, shared by every class that takes it as its class
/// fixture (snapshots, links, feeds, QR codes, campaign pages, the Nu checker…): twelve classes, ten at the root and two
/// under the sub-path, read two builds instead of making twelve.
/// The folders are read-only to the tests (copy first to change anything, as SubPathLinkTests does) and are removed
/// when the test run ends.
/// </summary>
public class BuiltSite
{
    private static readonly ConcurrentDictionary<Uri, Lazy<Shared>> Sites = new();

    private readonly Shared shared;

    public BuiltSite() : this(null)
    {
    }

    protected BuiltSite(Uri? baseUrl)
    {
        BaseUrl = baseUrl ?? new Uri("https://example.gov.cn/");
        // A failed build throws to every class that asks for it, as a build per class did.
        shared = Sites.GetOrAdd(BaseUrl, url => new Lazy<Shared>(() => new Shared(url))).Value;
    }

    public Uri BaseUrl { get; }

    public string ContentDir => shared.ContentDir;

    public string OutputDir => shared.OutputDir;

    public BuildResult Result => shared.Result;

    public string File(string sitePath) => Path.Combine(OutputDir, Portal.Output.OutputFolder.FileOf(sitePath));

    public string Read(string sitePath) => System.IO.File.ReadAllText(File(sitePath));

    private sealed class Shared
    {
        private readonly TempFolder folder = new("portal-site");

        public Shared(Uri baseUrl)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
            ContentDir = FixtureContent.Create(folder.Combine("content"));
            OutputDir = folder.Combine("_site");
            Result = SiteBuild.Build(new BuildOptions
            {
                ContentDir = ContentDir,
                OutputDir = OutputDir,
                ThemeDir = RepositoryPaths.Theme,
                BaseUrl = baseUrl,
                Today = new DateOnly(2026, 11, 26),
            });
            if (!Result.Success)
                throw new InvalidOperationException("fixture build failed: " + string.Join("\n", Result.Diagnostics));
        }

        public string ContentDir { get; }

        public string OutputDir { get; }

        public BuildResult Result { get; }
    }
}

/// <summary>The same fixture served from a GitHub Pages project sub-path.</summary>
public sealed class BuiltSiteUnderSubPath() : BuiltSite(new Uri("https://example.github.io/portal/"));
