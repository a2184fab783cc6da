// Usage: PackageCheck <packages folder> <version> <repository root>
// Fails (exit 1) listing every problem found in BadgeSdk and BadgeSdk.Testing as packed.
using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

var (folder, version, root) = (args[0], args[1], Path.GetFullPath(args[2]));
var problems = new List<string>();
// The packages are built from HEAD; a check of packages built earlier can name their commit.
var commit = Environment.GetEnvironmentVariable("BADGESDK_PACKAGE_COMMIT") ?? Git(root, "rev-parse HEAD").Trim();
var tracked = Git(root, "ls-files").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
const string Repository = "https://github.com/badgesdk/badgesdk-dotnet";
var rawBase = $"https://raw.githubusercontent.com/badgesdk/badgesdk-dotnet/{commit}/";

foreach (var id in new[] { "BadgeSdk", "BadgeSdk.Testing" })
{
    var nupkg = Path.Combine(folder, $"{id}.{version}.nupkg");
    var snupkg = Path.Combine(folder, $"{id}.{version}.snupkg");
    if (!File.Exists(nupkg) || !File.Exists(snupkg))
    {
        problems.Add($"{id}: {nupkg} or its .snupkg is missing");
        continue;
    }

    using (var package = ZipFile.OpenRead(nupkg))
    {
        CheckPackage(id, package);
    }

    using (var symbols = ZipFile.OpenRead(snupkg))
    {
        CheckSymbols(id, symbols);
    }
}

if (problems.Count > 0)
{
    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"PackageCheck: {problem}");
    }

    return 1;
}

Console.WriteLine($"PackageCheck: both packages {version} have an install-first README with absolute links, an icon, release notes, and symbols whose Source Link points at {commit} with every source file tracked or embedded; BadgeSdk carries ReadyToRun images of net10.0 for linux-x64 and win-x64.");
return 0;

// Each runtimes/<rid>/lib/net10.0 image must be precompiled (a ReadyToRun header) and be the same
// assembly, at the same version with the same public types, as lib/net10.0: the runtime loads it
// instead of lib/ on that rid.
void CheckReadyToRun(ZipArchive package)
{
    var images = package.Entries.Where(e => e.FullName.StartsWith("runtimes/", StringComparison.Ordinal)).ToList();
    foreach (var rid in new[] { "linux-x64", "win-x64" })
    {
        if (!images.Any(e => e.FullName == $"runtimes/{rid}/lib/net10.0/BadgeSdk.dll"))
        {
            problems.Add($"BadgeSdk: no ReadyToRun image for {rid} (runtimes/{rid}/lib/net10.0/BadgeSdk.dll)");
        }
    }

    var (ilVersion, ilTypes, _) = Describe(package.GetEntry("lib/net10.0/BadgeSdk.dll")!);
    foreach (var image in images)
    {
        var (imageVersion, imageTypes, precompiled) = Describe(image);
        if (!precompiled || imageVersion != ilVersion || !imageTypes.SequenceEqual(ilTypes))
        {
            problems.Add($"BadgeSdk: {image.FullName} is not a ReadyToRun image of lib/net10.0/BadgeSdk.dll (precompiled: {precompiled}, version {imageVersion} vs {ilVersion}, {imageTypes.Count} vs {ilTypes.Count} public types)");
        }
    }
}

static (Version Version, List<string> PublicTypes, bool Precompiled) Describe(ZipArchiveEntry entry)
{
    using var copy = new MemoryStream();
    using (var stream = entry.Open())
    {
        stream.CopyTo(copy);
    }

    copy.Position = 0;
    using var pe = new System.Reflection.PortableExecutable.PEReader(copy);
    var metadata = pe.GetMetadataReader();
    var types = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
        .Where(t => (t.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public)
        .Select(t => $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}")
        .Order(StringComparer.Ordinal)
        .ToList();
    return (metadata.GetAssemblyDefinition().Version, types, pe.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0);
}

void CheckPackage(string id, ZipArchive package)
{
    var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).Root!;
    string? Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    var icon = Meta("icon");
    if (icon is null || package.GetEntry(icon) is null)
    {
        problems.Add($"{id}: no icon in the package (nuspec <icon> = '{icon}')");
    }

    if (string.IsNullOrWhiteSpace(Meta("releaseNotes")) || !Meta("releaseNotes")!.Contains("###", StringComparison.Ordinal))
    {
        problems.Add($"{id}: release notes are not the CHANGELOG section");
    }

    var repository = nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == "repository");
    if (repository?.Attribute("url")?.Value != Repository || repository.Attribute("commit")?.Value != commit)
    {
        problems.Add($"{id}: nuspec <repository> is '{repository}', expected {Repository} at {commit}");
    }

    var readmeName = Meta("readme");
    var readme = readmeName is null ? null : package.GetEntry(readmeName);
    if (readme is null)
    {
        problems.Add($"{id}: no README in the package");
        return;
    }

    using var reader = new StreamReader(readme.Open());
    var text = reader.ReadToEnd();
    foreach (Match link in Regex.Matches(text, @"\]\(([^)]+)\)"))
    {
        if (!link.Groups[1].Value.StartsWith("https://", StringComparison.Ordinal))
        {
            problems.Add($"{id}: README link '{link.Groups[1].Value}' is not absolute (it breaks on the package page)");
        }
    }

    if (id != "BadgeSdk")
    {
        return;
    }

    CheckReadyToRun(package);

    var blocks = Regex.Matches(text, "```(\\w+)\\n(.*?)```", RegexOptions.Singleline);
    if (blocks.Count < 2 || blocks[0].Groups[2].Value.Trim() != "dotnet add package BadgeSdk" || blocks[1].Groups[1].Value != "csharp")
    {
        problems.Add($"{id}: the README does not open with `dotnet add package BadgeSdk` and then a C# example");
        return;
    }

    // The example must be code that compiles and runs: the consumer project runs it line for line.
    var example = blocks[1].Groups[2].Value.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0 && !l.StartsWith("var options", StringComparison.Ordinal)).ToList();
    var consumer = File.ReadAllText(Path.Combine(root, "tests", "PackageConsumer", "Program.cs"));
    foreach (var line in example.Where(l => !consumer.Contains(l, StringComparison.Ordinal)))
    {
        problems.Add($"{id}: the README example's line '{line}' is not in tests/PackageConsumer/Program.cs, which runs it");
    }

    if (example.Count > 12)
    {
        problems.Add($"{id}: the README example has {example.Count} lines; keep it about ten");
    }
}

void CheckSymbols(string id, ZipArchive symbols)
{
    var pdbs = symbols.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
    if (pdbs.Count == 0)
    {
        problems.Add($"{id}: the .snupkg holds no PDB");
    }

    foreach (var entry in pdbs)
    {
        using var stream = new MemoryStream();
        entry.Open().CopyTo(stream);
        stream.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
        var pdb = provider.GetMetadataReader();
        var sourceLink = Custom(pdb, EntityHandle.ModuleDefinition, new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A"));
        if (sourceLink is null)
        {
            problems.Add($"{id} {entry.FullName}: no Source Link");
            continue;
        }

        var map = JsonDocument.Parse(sourceLink).RootElement.GetProperty("documents").EnumerateObject().Select(p => (Local: p.Name, Url: p.Value.GetString()!)).ToList();
        var mine = map.Where(m => m.Url.StartsWith(rawBase, StringComparison.Ordinal)).ToList();
        if (mine.Count == 0)
        {
            problems.Add($"{id} {entry.FullName}: Source Link maps nothing to {rawBase}* ({string.Join(", ", map.Select(m => m.Url))})");
            continue;
        }

        foreach (var handle in pdb.Documents)
        {
            var document = pdb.GetDocument(handle);
            var path = pdb.GetString(document.Name);
            var embedded = Custom(pdb, handle, new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE")) is not null;
            var mapping = mine.FirstOrDefault(m => path.StartsWith(m.Local.TrimEnd('*'), StringComparison.Ordinal));
            if (mapping.Url is null)
            {
                if (!embedded)
                {
                    problems.Add($"{id} {entry.FullName}: {path} is neither mapped by Source Link nor embedded");
                }

                continue;
            }

            var relative = path[mapping.Local.TrimEnd('*').Length..].Replace('\\', '/');
            if (!embedded && !tracked.Contains(relative))
            {
                problems.Add($"{id} {entry.FullName}: {path} maps to {rawBase}{relative}, which is not a file tracked at that commit, and is not embedded");
            }
        }

        if (Environment.GetEnvironmentVariable("CI") == "true" && mine.Any(m => !m.Local.StartsWith("/_/", StringComparison.Ordinal)))
        {
            problems.Add($"{id} {entry.FullName}: a CI build's PDB has machine paths ({mine[0].Local}), not deterministic /_/ paths");
        }
    }
}

static byte[]? Custom(MetadataReader pdb, EntityHandle parent, Guid kind)
{
    foreach (var handle in pdb.GetCustomDebugInformation(parent))
    {
        var info = pdb.GetCustomDebugInformation(handle);
        if (pdb.GetGuid(info.Kind) == kind)
        {
            return pdb.GetBlobBytes(info.Value);
        }
    }

    return null;
}

static string Git(string root, string arguments)
{
    using var git = Process.Start(new ProcessStartInfo("git", $"-C \"{root}\" {arguments}") { RedirectStandardOutput = true })!;
    var output = git.StandardOutput.ReadToEnd();
    git.WaitForExit();
    return output;
}
