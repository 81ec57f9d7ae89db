using Portal.Benchmarks;

// Benchmark commands (see README "Benchmarks"):
//   corpus N DIR            write content/ plus N generated stories into DIR
//   build [N …] [--runs K] [--hugo-max-stories M] [--portal-only-runs L]
//                           cold Release builds of N-story corpora (default 10000) and of the lean Hugo site
//                           (hugo-site/) on the same stories at N ≤ M (default 10000): K alternating runs of each
//                           (default 3) after a warm-up, medians, files written, Portal's per-stage profile,
//                           and Portal's growth over the sizes (L runs, no warm-up, where Hugo does not build)
//   incremental N           serve an N-story site, edit one story, time save → reload event
//   preview N [--edits K] [--content DIR] [--baseline DLL THEME]
//                           serve an N-story site, story page open in Chromium: save → reloaded page ready, split by step
//   search N                our search vs Pagefind 1.6.0 on the same built site (relevance suite + N-story site)
//   search-typed N          only our typed-query latency (median, p90) on an N-story site, no Pagefind
//   content-path [N] [--runs K]  the workflow's content-only job steps on an N-story site (default 1000), Hugo as baseline
var command = args.Length > 0 ? args[0] : "help";
var root = RepositoryPaths.Root;
switch (command)
{
    case "corpus":
        StoryCorpus.Write(Path.Combine(root, "content"), args[2], int.Parse(args[1]));
        Console.WriteLine($"wrote {args[1]} stories to {args[2]}");
        return 0;
    case "profile-load":
        return LoadProfile.Run(args[1]);
    case "profile-render":
        return RenderProfile.Run(args[1]);
    case "profile-stages":
        return WarmStagesProfile.Run(args[1]);
    case "profile-incremental":
        return IncrementalProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2]) : 50);
    case "profile-loader":
        return LoaderProfile.Run(args[1]);
    case "build":
        return BuildBenchmark.Run(args.Skip(1).ToList());
    case "incremental":
        return await IncrementalBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    case "preview":
        return await PreviewBenchmark.Run(args.Skip(1).ToList());
    case "profile-search":
        return await SearchBenchmark.Profile(args[1], args.Length > 2 ? args[2] : null);
    case "content-path":
        return ContentPathBenchmark.Run(args.Skip(1).ToList());
    case "search-typed":
        return await SearchBenchmark.Typed(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    case "search":
        return await SearchBenchmark.Run(args.Length > 1 ? int.Parse(args[1]) : 10_000);
    default:
        Console.WriteLine("usage: dotnet run --project tests/Portal.Benchmarks -c Release -- corpus|build|incremental|preview|search|content-path N");
        return 2;
}
