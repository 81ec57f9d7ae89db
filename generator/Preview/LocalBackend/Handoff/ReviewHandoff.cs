using System.Text;
using Portal.Diagnostics;
using Portal.Loading;
using Portal.Model;

namespace Portal.Preview.LocalBackend.Handoff;

/// <summary>
/// 提交审核 in the local editor: the content files changed since the editor's copy started (<see cref="ContentChanges"/>)
/// go to review. With git and the repository's credentials on this machine they are committed onto a new branch
/// local-editor/… (from the checkout's HEAD, through a temporary index: the editor's own branch, index and files are left as
/// they are), pushed, and a pull request into site.yml's editing branch is opened, which the pull-request workflow checks
/// and previews as it does the web editor's. Otherwise (no git, not a checkout, no remote, the push refused) the changes
/// are written into a dated 稿件包 beside content/ for a developer to import (<see cref="StoryPackage"/>).
/// </summary>
public sealed class ReviewHandoff(ContentRepository repository, HttpClient http, Func<DateTimeOffset>? clock = null)
{
    /// <summary>Not cms/…: the published editor claims every pull request from a cms/ branch as one of its own entries.</summary>
    public const string BranchPrefix = "local-editor/";

    public async Task<HandoffResult> SubmitAsync()
    {
        var checkout = GitCheckout.Find(repository);
        var (changes, startedFrom) = ContentChanges.Find(repository, checkout);
        if (changes.Count == 0) return new HandoffResult(HandoffOutcome.Nothing, changes);
        var now = (clock ?? (() => DateTimeOffset.Now))();
        var stamp = now.ToString("yyyy-MM-dd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        string reason;
        if (checkout is null)
        {
            reason = "网站文件夹不是 git 仓库（或本机没有安装 git）";
        }
        else
        {
            var branch = BranchPrefix + stamp;
            var pushed = Push(checkout, changes, branch, out reason);
            if (pushed is not null)
            {
                var result = new HandoffResult(HandoffOutcome.Branch, changes) { Branch = branch };
                var target = PullRequestOpener.TargetOf(Editing(), pushed);
                if (target is null) return result with { PullRequestProblem = "site.yml 的 editing 中没有写托管仓库（repo、backend），不知道在哪里建立合并请求" };
                try
                {
                    var url = await new PullRequestOpener(http).OpenAsync(target, checkout.TopLevel, branch, Title(changes), Body(changes, startedFrom));
                    return result with { PullRequest = url };
                }
                catch (PullRequestFailedException failed)
                {
                    return result with { PullRequestProblem = failed.Message };
                }
            }
        }
        var name = StoryPackage.NameAt(now);
        var path = Path.Combine(repository.Root, StoryPackage.FolderName, name);
        StoryPackage.Write(repository, changes, startedFrom, now, path);
        return new HandoffResult(HandoffOutcome.Package, changes) { PackagePath = path, Reason = reason };
    }

    /// <summary>Commits the changes onto <paramref name="branch"/> and pushes it; the remote's address, or null with why not.</summary>
    private string? Push(GitCheckout checkout, IReadOnlyList<ContentChange> changes, string branch, out string reason)
    {
        var folder = checkout.TopLevel;
        var remotes = GitProcess.Run(folder, ["remote"]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (remotes.Length == 0)
        {
            reason = "本机的网站文件夹没有设置远程仓库";
            return null;
        }
        var remote = remotes.Contains("origin") ? "origin" : remotes[0];
        var index = Path.Combine(Path.GetTempPath(), $"portal-handoff-{Guid.NewGuid():N}.index");
        try
        {
            var environment = new Dictionary<string, string> { ["GIT_INDEX_FILE"] = index };
            // Without a name and address of their own (a fresh Git for Windows), the commit is signed as the local editor.
            if (!GitProcess.Run(folder, ["config", "user.email"]).Succeeded)
            {
                foreach (var who in (string[])["AUTHOR", "COMMITTER"])
                {
                    environment[$"GIT_{who}_NAME"] = "Portal local editor";
                    environment[$"GIT_{who}_EMAIL"] = "local-editor@localhost";
                }
            }
            GitProcess.Required(folder, ["read-tree", checkout.Head], environment);
            GitProcess.Required(folder, ["add", "-A", "--", .. changes.Select(c => checkout.GitPath(repository, c.Path))], environment);
            var tree = GitProcess.Required(folder, ["write-tree"], environment);
            var commit = GitProcess.Required(folder, ["commit-tree", tree, "-p", checkout.Head, "-m", Title(changes), "-m", Body(changes, "git " + checkout.Head)], environment);
            var push = GitProcess.Run(folder, ["push", "--no-verify", remote, $"{commit}:refs/heads/{branch}"]);
            if (!push.Succeeded)
            {
                reason = $"推送到远程仓库没有成功（{FirstLine(push.Error)}），本机可能没有保存仓库的登录凭据";
                return null;
            }
            reason = "";
            return GitProcess.Run(folder, ["remote", "get-url", remote]).Output.Trim();
        }
        catch (GitFailedException failed)
        {
            reason = $"git 出错（{FirstLine(failed.Result.Error)}）";
            return null;
        }
        finally
        {
            File.Delete(index);
        }
    }

    private EditingSettings Editing()
    {
        var diagnostics = new DiagnosticBag();
        return SiteConfigReader.Read(new ContentFiles(repository.Content, diagnostics), diagnostics).Value?.Editing ?? new EditingSettings();
    }

    /// <summary>"提交审核：标题一、标题二", naming the stories when there are any.</summary>
    private string Title(IReadOnlyList<ContentChange> changes)
    {
        var titles = changes.Where(c => !c.Deleted && c.Path.EndsWith(".md", StringComparison.Ordinal))
            .Select(c => StoryPlacement.Read(File.ReadAllText(repository.Resolve(c.Path)), c.Path)?.Title)
            .OfType<string>().Where(t => t.Length > 0).ToList();
        return titles.Count > 0 ? "提交审核：" + string.Join("、", titles) : $"提交审核：{changes.Count} 个文件";
    }

    private static string Body(IReadOnlyList<ContentChange> changes, string startedFrom)
    {
        var text = new StringBuilder("本机编辑器“提交审核”提交的改动（起点：").Append(startedFrom).Append("）：\n\n");
        foreach (var change in changes)
            text.Append("- ").Append(change.Deleted ? "删除 " : change.BaseSha256 is null ? "新增 " : "修改 ").Append(change.Path).Append('\n');
        return text.ToString();
    }

    private static string FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
}

public enum HandoffOutcome
{
    /// <summary>Nothing changed since the copy started.</summary>
    Nothing,

    /// <summary>Pushed onto a branch (and, unless <see cref="HandoffResult.PullRequestProblem"/> says why not, a pull request opened).</summary>
    Branch,

    /// <summary>Written into a 稿件包.</summary>
    Package,
}

public sealed record HandoffResult(HandoffOutcome Outcome, IReadOnlyList<ContentChange> Changes)
{
    public string? Branch { get; init; }
    public string? PullRequest { get; init; }
    public string? PullRequestProblem { get; init; }
    public string? PackagePath { get; init; }
    /// <summary>Why the changes went into a package rather than onto a branch.</summary>
    public string? Reason { get; init; }
}
