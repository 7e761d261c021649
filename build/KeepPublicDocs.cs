// Keeps the public API only in a compiled assembly's XML documentation: removes the entries of types not visible
// outside the assembly, and of members no overload of which is public or protected. Run by build/PublicDocsOnly.targets
// on Release builds, so the package's XML docs describe the public API only (the compiler documents internal members
// too). Usage: dotnet run build/KeepPublicDocs.cs -- ASSEMBLY.dll ASSEMBLY.xml
#:property Nullable=disable
#:property TreatWarningsAsErrors=false
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: KeepPublicDocs ASSEMBLY.dll ASSEMBLY.xml");
    return 2;
}

var assemblyPath = args[0];
var documentationPath = args[1];
var visibleTypes = new HashSet<string>();
var visibleMembers = new HashSet<string>(); // "Type.FullName:MemberName"
using (var stream = File.OpenRead(assemblyPath))
using (var pe = new PEReader(stream))
{
    var md = pe.GetMetadataReader();
    Func<TypeDefinition, string> fullName = null;
    fullName = t =>
    {
        var name = md.GetString(t.Name);
        var tick = name.IndexOf('`');
        if (tick >= 0) name = name.Substring(0, tick) + "`" + name.Substring(tick + 1);
        var declaring = t.GetDeclaringType();
        return declaring.IsNil ? (md.GetString(t.Namespace).Length > 0 ? md.GetString(t.Namespace) + "." : "") + name : fullName(md.GetTypeDefinition(declaring)) + "." + name;
    };
    Func<TypeDefinition, bool> isVisible = null;
    isVisible = t =>
    {
        var v = t.Attributes & TypeAttributes.VisibilityMask;
        if (v == TypeAttributes.Public) return true;
        if (v == TypeAttributes.NestedPublic || v == TypeAttributes.NestedFamily || v == TypeAttributes.NestedFamORAssem)
            return isVisible(md.GetTypeDefinition(t.GetDeclaringType()));
        return false;
    };
    Func<MethodAttributes, bool> visibleMethod = a =>
    {
        var access = a & MethodAttributes.MemberAccessMask;
        return access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem;
    };
    foreach (var handle in md.TypeDefinitions)
    {
        var type = md.GetTypeDefinition(handle);
        if (!isVisible(type)) continue;
        var name = fullName(type);
        visibleTypes.Add(name);
        foreach (var m in type.GetMethods())
        {
            var method = md.GetMethodDefinition(m);
            if (visibleMethod(method.Attributes)) visibleMembers.Add(name + ":" + md.GetString(method.Name).Replace('.', '#'));
        }
        foreach (var f in type.GetFields())
        {
            var field = md.GetFieldDefinition(f);
            var access = field.Attributes & FieldAttributes.FieldAccessMask;
            if (access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem)
                visibleMembers.Add(name + ":" + md.GetString(field.Name));
        }
        foreach (var p in type.GetProperties())
        {
            var property = md.GetPropertyDefinition(p);
            var accessors = property.GetAccessors();
            if ((!accessors.Getter.IsNil && visibleMethod(md.GetMethodDefinition(accessors.Getter).Attributes))
                || (!accessors.Setter.IsNil && visibleMethod(md.GetMethodDefinition(accessors.Setter).Attributes)))
                visibleMembers.Add(name + ":" + md.GetString(property.Name));
        }
        foreach (var e in type.GetEvents())
        {
            var ev = md.GetEventDefinition(e);
            var adder = ev.GetAccessors().Adder;
            if (!adder.IsNil && visibleMethod(md.GetMethodDefinition(adder).Attributes)) visibleMembers.Add(name + ":" + md.GetString(ev.Name));
        }
    }
}

var doc = XDocument.Load(documentationPath);
var members = doc.Root.Element("members");
var removed = 0;
foreach (var member in members.Elements("member").ToList())
{
    var id = (string)member.Attribute("name");
    var kind = id.Substring(0, 2);
    var rest = id.Substring(2);
    var paren = rest.IndexOf('(');
    var path = paren >= 0 ? rest.Substring(0, paren) : rest;
    bool keep;
    if (kind == "T:")
    {
        keep = visibleTypes.Contains(path);
    }
    else
    {
        // Explicit interface implementations ("M:T.I#Method") and generic arity ("``1") end the member's name.
        var dot = path.LastIndexOf('.');
        var type = dot < 0 ? "" : path.Substring(0, dot);
        var name = dot < 0 ? path : path.Substring(dot + 1);
        var arity = name.IndexOf("``", StringComparison.Ordinal);
        if (arity >= 0) name = name.Substring(0, arity);
        keep = visibleTypes.Contains(type) && visibleMembers.Contains(type + ":" + name);
    }
    if (!keep) { member.Remove(); removed++; }
}
doc.Save(documentationPath);
Console.WriteLine($"KeepPublicDocs: removed {removed} internal entries from {documentationPath}");
return 0;
