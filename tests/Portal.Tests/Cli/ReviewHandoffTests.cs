using System.IO.Compression;
using System.Text.Json.Nodes;
using Portal.Preview.LocalBackend;
using Portal.Preview.LocalBackend.Handoff;
using Portal.Tests.Infrastructure;
using static Portal.Tests.Infrastructure.GitRepositories;

namespace Portal.Tests.Cli;

/// <summary>
/// 提交审核 of the local editor (issue 22, item 6) with real git: a bare repository in a scratch folder stands in for the
/// hosting service's, a fake pull-request API on 127.0.0.1 for its web API. With credentials the changed content files land
/// on a new branch and a pull request is opened; without them a 稿件包 is written whose import into a clean copy restores
/// exactly those files; an altered or stale package is refused and changes nothing.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // git processes, a server
public sealed class ReviewHandoffTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 15, 30, 0, TimeSpan.FromHours(8));
    private const string Changed = "content/stories/2025/2025-02-25-rural-roads.md";
    private const string Added = "content/stories/2026/2026-12-07-bridge-opened.md";
    private const string AddedPicture = "content/media/2026/bridge-opened.png";
    private const string Deleted = "content/tasks/04-rural-revitalization.md";

    private readonly TempFolder folder = new("portal-handoff");
    private readonly FakeHostingApi api = new();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        http.Dispose();
        api.Dispose();
        folder.Dispose();
    }

    /// <summary>An editor's session: a story changed, one added with a picture, a file deleted.</summary>
    private static void Edit(string site)
    {
        var story = Path.Combine(site, Changed);
        File.WriteAllText(story, File.ReadAllText(story).Replace("农村公路提升行动正式启动。", "农村公路提升行动正式启动，首批项目开工。", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site, "content", "stories", "2026"));
        File.WriteAllText(Path.Combine(site, Added), "---\ntitle: 大桥建成通车\ndate: 2026-12-07\ntasks: [4]\ntype: 即时报道\n---\n\n大桥建成通车。\n");
        Directory.CreateDirectory(Path.Combine(site, "content", "media", "2026"));
        File.WriteAllBytes(Path.Combine(site, AddedPicture), [0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
        File.Delete(Path.Combine(site, Deleted));
    }

    private string EditingForgejo => $"editing:\n  backend: forgejo\n  repo: o/r\n  server: {api.Address.AbsoluteUri.TrimEnd('/')}\n  appId: test\n  branch: main\n";

    [Fact]
    public async Task With_credentials_the_changed_files_land_on_a_new_branch_of_the_remote_and_a_pull_request_is_opened()
    {
        var (remote, clone) = RemoteWithClone(folder, EditingForgejo);
        // The machine's stored credentials (Git Credential Manager on an editor's Windows): a helper answering for the host.
        Git(clone, "config", "--add", "credential.helper", $"!f() {{ echo username=editor; echo password={FakeHostingApi.Token}; }}; f");
        Edit(clone);
        var head = Git(clone, "rev-parse", "HEAD");
        var statusBefore = Git(clone, "status", "--porcelain");

        var result = await new ReviewHandoff(new ContentRepository(Path.Combine(clone, "content")), http, () => Now).SubmitAsync();

        Assert.Equal(HandoffOutcome.Branch, result.Outcome);
        Assert.Equal("local-editor/2026-12-07-153000", result.Branch);
        // On the remote: one commit on main's head, holding exactly the editor's changes.
        Assert.Equal(head, Git(remote, "rev-parse", result.Branch + "^"));
        Assert.Equal(
            $"A\t{AddedPicture}\nM\t{Changed}\nA\t{Added}\nD\t{Deleted}",
            Git(remote, "diff", "--name-status", "main", result.Branch!));
        foreach (var path in new[] { Changed, Added })
            Assert.Equal(File.ReadAllText(Path.Combine(clone, path)), Git(remote, "show", $"{result.Branch}:{path}") + "\n");
        // The editor's own copy is left as it was: same branch, same commit, same uncommitted changes.
        Assert.Equal("main", Git(clone, "branch", "--show-current"));
        Assert.Equal(head, Git(clone, "rev-parse", "HEAD"));
        Assert.Equal(statusBefore, Git(clone, "status", "--porcelain"));
        // The pull request: the branch into site.yml's branch, signed with the stored token, titled with the stories.
        var request = Assert.Single(api.PullRequests);
        Assert.Equal("/api/v1/repos/o/r/pulls", request.Path);
        Assert.Equal("token " + FakeHostingApi.Token, request.Authorization);
        Assert.Equal(result.Branch, request.Body!["head"]!.GetValue<string>());
        Assert.Equal("main", request.Body["base"]!.GetValue<string>());
        Assert.Contains("大桥建成通车", request.Body["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("删除 " + Deleted, request.Body["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new Uri(api.Address, "o/r/pulls/7").AbsoluteUri, result.PullRequest);
        Assert.False(Directory.Exists(Path.Combine(clone, StoryPackage.FolderName)));
    }

    [Fact]
    public async Task Pushed_without_a_token_for_the_api_the_branch_is_reported_with_why_no_pull_request_was_opened()
    {
        var (remote, clone) = RemoteWithClone(folder, EditingForgejo);
        Edit(clone);
        var result = await new ReviewHandoff(new ContentRepository(Path.Combine(clone, "content")), http, () => Now).SubmitAsync();
        Assert.Equal(HandoffOutcome.Branch, result.Outcome);
        Assert.NotEmpty(Git(remote, "rev-parse", result.Branch!));
        Assert.Null(result.PullRequest);
        Assert.Contains("登录凭据", result.PullRequestProblem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_credentials_a_dated_package_holds_exactly_the_changes_and_its_import_restores_them_in_a_clean_copy()
    {
        var (remote, clone) = RemoteWithClone(folder, EditingForgejo);
        // The remote asks for a password, and this machine has none stored.
        Git(clone, "remote", "set-url", "origin", new Uri(api.Address, "o/r.git").AbsoluteUri);
        Edit(clone);

        var result = await new ReviewHandoff(new ContentRepository(Path.Combine(clone, "content")), http, () => Now).SubmitAsync();

        Assert.Equal(HandoffOutcome.Package, result.Outcome);
        Assert.Contains("推送到远程仓库没有成功", result.Reason, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(clone, "稿件包", "稿件包-2026-12-07-153000.zip"), result.PackagePath);
        Assert.Empty(api.PullRequests);
        using (var zip = ZipFile.OpenRead(result.PackagePath!))
        {
            Assert.Equal([AddedPicture, Changed, Added, "manifest.json"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            var manifest = JsonNode.Parse(zip.GetEntry("manifest.json")!.Open())!;
            var deleted = Assert.Single(manifest["files"]!.AsArray(), f => f!["path"]!.GetValue<string>() == Deleted)!;
            Assert.Null(deleted["sha256"]);
            Assert.NotNull(deleted["base"]);
        }

        var clean = CloneOf(remote, folder.Combine("developer"));
        var imported = StoryPackage.Import(result.PackagePath!, Path.Combine(clean, "content"));

        Assert.Equal([AddedPicture, Changed, Added, Deleted], imported.Select(c => c.Path));
        Assert.Equal(Tree(Path.Combine(clone, "content")), Tree(Path.Combine(clean, "content")));
        Assert.False(File.Exists(Path.Combine(clean, Deleted)));
        // And git sees exactly those changes in the developer's copy.
        Assert.Equal(
            new[] { $"D {Deleted}", $"M {Changed}", $"?? {AddedPicture}", $"?? {Added}" }.Order(StringComparer.Ordinal),
            Git(clean, "status", "--porcelain", "--untracked-files=all").Split('\n').Select(l => l.Trim()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_copy_without_git_is_compared_with_the_baseline_the_local_editor_recorded()
    {
        var site = folder.Combine("网站");
        new MiniSite().WriteTo(site);
        var pristine = folder.Combine("pristine");
        new MiniSite().WriteTo(pristine);
        var repository = new ContentRepository(Path.Combine(site, "content"));
        ContentBaseline.EnsureRecorded(repository);
        var nothing = await new ReviewHandoff(repository, http, () => Now).SubmitAsync();
        Assert.Equal(HandoffOutcome.Nothing, nothing.Outcome);
        Edit(site);

        var result = await new ReviewHandoff(repository, http, () => Now).SubmitAsync();

        Assert.Equal(HandoffOutcome.Package, result.Outcome);
        Assert.Equal([AddedPicture, Changed, Added, Deleted], result.Changes.Select(c => c.Path));
        StoryPackage.Import(result.PackagePath!, Path.Combine(pristine, "content"));
        Assert.Equal(Tree(Path.Combine(site, "content")), Tree(Path.Combine(pristine, "content")));
    }

    [Fact]
    public async Task An_altered_or_stale_package_is_refused_in_chinese_and_nothing_is_imported()
    {
        var site = folder.Combine("网站");
        new MiniSite().WriteTo(site);
        var repository = new ContentRepository(Path.Combine(site, "content"));
        ContentBaseline.EnsureRecorded(repository);
        Edit(site);
        var package = (await new ReviewHandoff(repository, http, () => Now).SubmitAsync()).PackagePath!;

        // A file's content changed inside the zip.
        var altered = folder.Combine("altered.zip");
        File.Copy(package, altered);
        using (var zip = ZipFile.Open(altered, ZipArchiveMode.Update))
        {
            zip.GetEntry(Added)!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(Added).Open());
            writer.Write("---\ntitle: 被改过的稿件\n---\n");
        }
        AssertRefused(altered, "已被改动");

        // A file slipped in that the manifest does not list.
        var extra = folder.Combine("extra.zip");
        File.Copy(package, extra);
        using (var zip = ZipFile.Open(extra, ZipArchiveMode.Update))
        {
            using var writer = new StreamWriter(zip.CreateEntry("content/site.yml").Open());
            writer.Write("title: 别的网站\n");
        }
        AssertRefused(extra, "不在清单中");

        // Stale: the story changed in the target after the editor's copy started.
        var target = folder.Combine("target");
        new MiniSite().WriteTo(target);
        File.AppendAllText(Path.Combine(target, Changed), "\n开发人员补充的一句。\n");
        var before = Tree(Path.Combine(target, "content"));
        var stale = Assert.Throws<StoryPackageRefusedException>(() => StoryPackage.Import(package, Path.Combine(target, "content")));
        Assert.Contains("已过期", stale.Message, StringComparison.Ordinal);
        Assert.Contains(Changed, stale.Message, StringComparison.Ordinal);
        Assert.Equal(before, Tree(Path.Combine(target, "content")));

        void AssertRefused(string zip, string words)
        {
            var clean = folder.Combine("clean-" + Path.GetFileNameWithoutExtension(zip));
            new MiniSite().WriteTo(clean);
            var untouched = Tree(Path.Combine(clean, "content"));
            var refused = Assert.Throws<StoryPackageRefusedException>(() => StoryPackage.Import(zip, Path.Combine(clean, "content")));
            Assert.Contains(words, refused.Message, StringComparison.Ordinal);
            Assert.Equal(untouched, Tree(Path.Combine(clean, "content")));
        }
    }

    [Fact]
    public async Task A_developer_imports_a_package_with_one_command()
    {
        var site = folder.Combine("网站");
        new MiniSite().WriteTo(site);
        var repository = new ContentRepository(Path.Combine(site, "content"));
        ContentBaseline.EnsureRecorded(repository);
        Edit(site);
        var package = (await new ReviewHandoff(repository, http, () => Now).SubmitAsync()).PackagePath!;
        var developer = folder.Combine("developer");
        new MiniSite().WriteTo(developer);

        var (code, output) = CommandLine.Run(developer, "import", package);

        Assert.True(code == 0, output);
        Assert.Contains("已导入稿件包 稿件包-2026-12-07-153000.zip：共 4 个文件", output, StringComparison.Ordinal);
        Assert.Contains("已删除 " + Deleted, output, StringComparison.Ordinal);
        Assert.Equal(Tree(Path.Combine(site, "content")), Tree(Path.Combine(developer, "content")));
        // Imported twice: the files already are what the package brings, nothing is stale.
        (code, output) = CommandLine.Run(developer, "import", package);
        Assert.True(code == 0, output);

        File.WriteAllText(Path.Combine(developer, Added), "---\ntitle: 开发人员改过\n---\n");
        (code, output) = CommandLine.Run(developer, "import", package);
        Assert.Equal(1, code);
        Assert.Contains("已过期", output, StringComparison.Ordinal);
    }
}
