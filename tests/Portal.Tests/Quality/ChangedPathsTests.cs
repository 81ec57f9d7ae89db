using System.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Quality;

/// <summary>
/// scripts/changed-paths.sh, which chooses the workflow's path: "content" (check, build, link check, deploy; no browser
/// tests) only when every changed file is editors' content, "code" for anything else or anything uncertain.
/// Each case is a real commit in a scratch git repository.
/// </summary>
[Trait(Tier.Category, Tier.Slow)] // git and bash processes
public sealed class ChangedPathsTests : IDisposable
{
    private readonly TempFolder repo = new("portal-changed-paths");
    private readonly string baseCommit;

    public ChangedPathsTests()
    {
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "ci@example.invalid");
        Git("config", "user.name", "CI");
        Write("content/stories/2025/2025-02-25-rural-roads.md", "---\ntitle: 旧稿\n---\n");
        Write("content/site.yml", "title: 测试\n");
        Write("content/README.md", "# 编辑指南\n");
        Write("content/.schemas/story.json", "{}\n");
        Write("generator/Program.cs", "// code\n");
        Write("theme/layouts/story.liquid", "<main></main>\n");
        Write("docs/content/notes.md", "not content: a folder named content elsewhere\n");
        baseCommit = Commit("base");
    }

    public static TheoryData<string, string[], string[], string> Changes => new()
    {
        { "a new story", ["content/stories/2025/2025-03-14-new.md"], [], "content" },
        { "a story edited and a picture added", ["content/stories/2025/2025-02-25-rural-roads.md", "content/media/2025/road.jpg"], [], "content" },
        { "a story deleted", [], ["content/stories/2025/2025-02-25-rural-roads.md"], "content" },
        { "site.yml edited", ["content/site.yml"], [], "content" },
        { "a file with a Chinese name", ["content/media/2025/通车仪式.jpg"], [], "content" },
        { "the generator", ["generator/Program.cs"], [], "code" },
        { "a template", ["theme/layouts/story.liquid"], [], "code" },
        { "a story and the generator", ["content/stories/2025/2025-03-14-new.md", "generator/Program.cs"], [], "code" },
        { "the workflow", [".github/workflows/site.yml"], [], "code" },
        { "a content folder elsewhere", ["docs/content/notes.md"], [], "code" },
        { "a file named like the folder", ["content.md"], [], "code" },
        { "a JSON Schema (compared with the code by the tests)", ["content/.schemas/story.json"], [], "code" },
        { "the editors' guide (its tables are generated)", ["content/README.md"], [], "code" },
        { "code deleted", [], ["generator/Program.cs"], "code" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_is_content_only_when_every_file_is_content(string change, string[] written, string[] deleted, string expected)
    {
        foreach (var file in written) Write(file, $"{change}\n");
        foreach (var file in deleted) File.Delete(repo.Combine(file));
        var head = Commit(change);
        Assert.Equal(expected, Decide(baseCommit, head));
    }

    [Fact]
    public void A_story_moved_out_of_content_is_code()
    {
        Directory.CreateDirectory(repo.Combine("docs"));
        File.Move(repo.Combine("content/stories/2025/2025-02-25-rural-roads.md"), repo.Combine("docs/2025-02-25-rural-roads.md"));
        var head = Commit("move");
        Assert.Equal("code", Decide(baseCommit, head));
    }

    [Theory]
    [InlineData("", "no base: a manual run")]
    [InlineData("0000000000000000000000000000000000000000", "GitHub's before SHA of a new branch")]
    [InlineData("3f786850e387550fdab836ed7e6dc881de23001b", "a commit the clone does not have (force push, shallow clone)")]
    [InlineData("not-a-commit", "garbage")]
    public void An_unknown_base_is_code(string baseSha, string why)
    {
        Write("content/stories/2025/2025-03-14-new.md", "---\ntitle: 新稿\n---\n");
        var head = Commit("story");
        Assert.True(Decide(baseSha, head) == "code", why);
    }

    [Fact]
    public void The_diff_is_between_trees_so_removed_code_counts()
    {
        // A force push that drops a code commit: the new head is the old base plus a story, the old head had code.
        Write("generator/Program.cs", "// new code, never deployed\n");
        var withCode = Commit("code");
        Git("reset", "-q", "--hard", baseCommit);
        Write("content/stories/2025/2025-03-14-new.md", "---\ntitle: 新稿\n---\n");
        var storyOnly = Commit("story");
        Assert.Equal("code", Decide(withCode, storyOnly));
        Assert.Equal("content", Decide(baseCommit, storyOnly));
    }

    [Fact]
    public void Nothing_changed_is_content()
    {
        Assert.Equal("content", Decide(baseCommit, baseCommit));
    }

    [Fact]
    public void Outside_a_repository_it_is_code()
    {
        using var empty = new TempFolder();
        Assert.Equal("code", Run(empty.Path, baseCommit, "HEAD"));
    }

    /// <summary>
    /// The workflow's own lines that choose the rules (the "decide" step of .github/workflows/site.yml, from
    /// <c>rules=</c> to the path's output): the base commit's scripts/changed-paths.sh, never the one under test.
    /// </summary>
    private string DecideAsTheWorkflow(string baseSha, string head)
    {
        var workflow = File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "site.yml"));
        var start = workflow.IndexOf("rules=\"$RUNNER_TEMP/changed-paths.sh\"", StringComparison.Ordinal);
        var end = workflow.IndexOf("echo \"path=$path\"", start, StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "the workflow's decide step no longer chooses the rules as this test expects");
        var block = string.Join('\n', workflow[start..end].Split('\n').Select(l => l.Trim()));
        using var temp = new TempFolder();
        var script = temp.Combine("decide.sh");
        File.WriteAllText(script, $"set -uo pipefail\nbase=$1\nGITHUB_SHA=$2\nRUNNER_TEMP={temp.Path}\n{block}\necho \"$path\"\n");
        var (code, output) = Process(repo.Path, "bash", script, baseSha, head);
        Assert.True(code == 0, output);
        return output.Trim();
    }

    [Fact]
    public void A_pull_request_that_rewrites_the_path_script_is_judged_by_the_base_commits_script()
    {
        // The base has the real script; the pull request replaces it with one that calls everything content, and
        // changes the generator too.
        Write("scripts/changed-paths.sh", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "scripts", "changed-paths.sh")));
        var withScript = Commit("the path script");
        Write("content/stories/2025/2025-03-14-new.md", "---\ntitle: 新稿\n---\n");
        var storyOnly = Commit("a story");
        // The rules of the base do run: a story alone is content.
        Assert.Equal("content", DecideAsTheWorkflow(withScript, storyOnly));
        Write("scripts/changed-paths.sh", "#!/usr/bin/env bash\necho content\n");
        Write("generator/Program.cs", "// code that skips the tests\n");
        var bypass = Commit("bypass");
        Assert.Equal("content", Run(repo.Path, withScript, bypass, repo.Combine("scripts", "changed-paths.sh"))); // what the head's script would say
        Assert.Equal("code", DecideAsTheWorkflow(withScript, bypass));
    }

    [Fact]
    public void A_base_without_the_path_script_takes_the_code_path()
    {
        Write("content/stories/2025/2025-03-14-new.md", "---\ntitle: 新稿\n---\n");
        var head = Commit("a story");
        Assert.Equal("code", DecideAsTheWorkflow(baseCommit, head));
    }

    private string Decide(string baseSha, string head) => Run(repo.Path, baseSha, head);

    private static string Run(string workingDirectory, string baseSha, string head, string? scriptPath = null)
    {
        var script = scriptPath ?? Path.Combine(RepositoryPaths.Root, "scripts", "changed-paths.sh");
        var (code, output) = Process(workingDirectory, "bash", script, baseSha, head);
        Assert.True(code == 0, output);
        return output.Trim();
    }

    private void Write(string relative, string text)
    {
        var path = repo.Combine(relative.Split('/'));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    private string Git(params string[] args)
    {
        var (code, output) = Process(repo.Path, "git", args);
        Assert.True(code == 0, $"git {string.Join(' ', args)}: {output}");
        return output;
    }

    private static (int ExitCode, string Output) Process(string workingDirectory, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // A scratch repository must not see the developer's or CI's git settings (hooks, templates, signing).
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), $"{program} did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose() => repo.Dispose();
}
