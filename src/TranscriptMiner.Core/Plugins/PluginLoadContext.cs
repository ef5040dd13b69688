using System.Reflection;
using System.Runtime.Loader;

namespace TranscriptMiner.Core.Plugins;

/// <summary>
/// The load context of one plugin: its assemblies come from its own folder (resolved through its <c>.deps.json</c>),
/// so it may carry its own versions of packages the host also uses; only the contract assemblies are shared with the host.
/// </summary>
public sealed class PluginLoadContext : AssemblyLoadContext
{
    /// <summary>The assemblies always taken from the host so that types match across the boundary.</summary>
    private static readonly HashSet<string> SharedAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        "TranscriptMiner.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
    };

    private readonly AssemblyDependencyResolver resolver;

    /// <summary>Initializes a new context for the plugin whose entry assembly is <paramref name="entryAssemblyPath"/>.</summary>
    /// <param name="entryAssemblyPath">The plugin's entry assembly (full path); its <c>.deps.json</c> beside it is read.</param>
    /// <param name="name">The context's name, usually the plugin id.</param>
    public PluginLoadContext(string entryAssemblyPath, string name)
        : base(name, isCollectible: false)
    {
        resolver = new AssemblyDependencyResolver(entryAssemblyPath);
    }

    /// <summary>Gets whether an assembly is shared with the host rather than loaded from the plugin's folder.</summary>
    /// <param name="assemblyName">The simple assembly name.</param>
    /// <returns>True for the contract assemblies.</returns>
    public static bool IsShared(string assemblyName) => SharedAssemblies.Contains(assemblyName);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        ArgumentNullException.ThrowIfNull(assemblyName);
        if (assemblyName.Name is null || IsShared(assemblyName.Name))
        {
            return null;
        }

        string? path = resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        string? path = resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
