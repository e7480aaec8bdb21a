<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClipboardElements</name>
    <message>
        <source>the clipboard data is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes are too few for its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with Ryuk Studio&apos;s mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard data is of version %1; this version of Ryuk Studio reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims %1 nodes in %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims %1 nodes and %2 relationships in %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside node %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside relationship %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes follow the last element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story is being changed by another program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too long to store (the limit is %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphML</name>
    <message>
        <source>%1 &quot;%2&quot;: %3 holds %4, which XML cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: the stored properties are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the property name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (column %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GraphML file: no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GraphML file: the root element is &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second &lt;graph&gt;: a story is imported from one graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no &lt;graph&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;key&gt; has no &quot;id&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown for=&quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;: unknown attr.type &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot;, default: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graphs nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperedges are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;node&gt; has no &quot;id&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;data&gt; has no &quot;key&quot; attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; is declared for=&quot;%2&quot; and cannot be used on a &lt;%3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data for key &quot;%1&quot; must be text, not XML elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two values for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, property &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; names no node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story title holds %1, which XML cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>values nest deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>unknown language “%1”; available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadTest</name>
    <message>
        <source>workers must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a load test runs for more than 0 seconds and at most a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown query kind &quot;%1&quot; in the mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of &quot;%1&quot; must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to query: the mix&apos;s kinds find nothing in this story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilerWidget</name>
    <message>
        <source>%1 ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer too large for 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: property &quot;%3&quot; must be %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id &quot;%2…&quot; is longer than %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 id is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an empty type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has an invalid type name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string holds a lone UTF-16 surrogate escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; is not valid JSON at column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PropertyAssignment</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of &quot;%1&quot; is not valid JSON at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected KEY=VALUE, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property name is empty in &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SceneRenderer</name>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot migrate the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the story: duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: it names no node &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate relationship &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryDocument</name>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n relationship(s)</source>
        <translation>
            <numerusform>Delete %n relationship</numerusform>
            <numerusform>Delete %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Delete %n node</numerusform>
            <numerusform>Delete %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoryFlow</name>
    <message>
        <source>maxDepth must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is an %2, not a Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is a %2, not a Scene</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryFormat</name>
    <message>
        <source>%1 files can be written, not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files can be read, not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file type (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryGenerator</name>
    <message>
        <source>generation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scenes must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the story: the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryGraph</name>
    <message>
        <source>relationship &quot;%1&quot; joins a node the graph does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story kept changing while it was read; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryJson</name>
    <message>
        <source>import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: properties nest deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a story file must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a story file must be a JSON object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a story file must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer 1, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this version of Ryuk Studio reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not an integer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;%1&quot; must be an object, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3, not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: this is not a Ryuk story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryLayout</name>
    <message>
        <source>layout cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryQueries</name>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot; has a negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no LEADS_TO path from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryStore</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot;: &quot;%2&quot; names no node: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: x and y must be finite numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty, not a Ryuk story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no relationship has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot; is not a Character (its type is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no query plan for kind &quot;%1&quot; (kinds: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Ryuk story (not a SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a SQLite database, but not a Ryuk story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Ryuk Studio (story format %1); this version reads up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story file is damaged (tables are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown open mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was replaced by another program while it was being created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a story this program created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program put its own file here; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has the new story open; it was left in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the new story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryWalk</name>
    <message>
        <source>That scene no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no scenes to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way on numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leads nowhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Twine</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate passage name &quot;%1&quot; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage header without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated tag block: no &quot;]&quot; after &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the passage name, tags and metadata: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid passage metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage metadata must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;position&quot; must be two numbers &quot;x,y&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage &quot;%1&quot;: &quot;size&quot; must be a string &quot;w,h&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid StoryData: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryData must be a JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StoryData: &quot;%1&quot; must be %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: a Twee passage name cannot hold a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: this name is reserved for a special Twee passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the tag &quot;%2&quot; holds a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene &quot;%1&quot;: the link &quot;%2&quot; to &quot;%3&quot; cannot be written as a Twee link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start passage &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated link: no &quot;]]&quot; after &quot;[[&quot; on this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to a passage that does not exist: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TwineHtml</name>
    <message>
        <source>unterminated comment: no &quot;--&gt;&quot; after &quot;&lt;!--&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated tag: no &quot;&gt;&quot; after &quot;&lt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated tag &lt;%1: no &quot;&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &quot;%1&quot; has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;tw-storydata&gt; element: this is not a published Twine 2 story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated &lt;tw-passagedata&gt;: no &quot;&lt;/tw-passagedata&gt;&quot; before the next passage or the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;tw-passagedata&gt; without a name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated &lt;%1&gt;: no &quot;&lt;/%1&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start node &quot;%1&quot; is not the pid of any passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zoom &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Show the window in LANGUAGE (en, ja, …) instead of the saved or the system&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the story, save a picture of the window to FILE (PNG) and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk Studio, the editor for story graphs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story file (.ryuk) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ryuk-studio: expected at most one story file, got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ryuk-studio: cannot write the screenshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After opening the story, select the node NODE and show it at full size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and raise the dock named DOCK (inspectorDock, profilerDock, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ryuk-studio: there is no dock named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::FlowDock</name>
    <message>
        <source>Story Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scene the flows start from; empty for the selected scene or the story&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most relationships a flow may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most flows listed (shortest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list and the highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scene id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story has no scene to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> → </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows from “%1” within 1 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows from “%1” within %2 steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first flow from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 flows from “%2”, shortest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 flow from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows from “%2”, shortest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
→ </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node or a relationship to see its properties here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you leave the field or press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causality level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a property needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: there is already a property named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename property %1 of %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add property %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the properties to remove in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove property %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 properties from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any JSON value: &quot;text&quot;, 3, true, [1, 2], {&quot;a&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::LoadTestPanel</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query kinds and weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. 5:2, 10:8, 5:2 (seconds:workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp stages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass when p95 below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and failures below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput (queries/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failures (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms / %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mix takes kind=weight pairs separated by commas: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ramp stage is seconds:workers, e.g. 5:2: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s, %2 workers: %3 queries/s, p95 %4 ms, failures %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 queries in %3 s, %4 queries/s, %5 failures (%6 %), p95 %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown query kind &quot;%1&quot; in the mix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::MainWindow</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;haracter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the nodes and relationships of a file in another format to the open story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show nodes of every type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only nodes of one type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>format name (extensions)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or drop a story file (.ryuk) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a file to import into a new story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the import before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import is still running; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk Studio could not open “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story to import “%1” into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new story from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of “%1” cancelled; the story is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 and %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk Studio could not import “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All supported files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk stories (*.ryuk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 · Relationships: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows loaded: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Ryuk Studio %1&lt;/h3&gt;&lt;p&gt;An editor and profiler for story graphs: scenes, characters, choices and events, and the relationships between them.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the story as JSON, Twee, GraphML or DOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas as &amp;PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the canvas, or the selection, as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canvas as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the canvas, or the selection, as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the story again from its file (after another program changed it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected nodes and put them on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected nodes and the relationships among them on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies of the nodes on the clipboard, with new ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selection, with every relationship of the removed nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find nodes by id or by any text property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next node found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the canvas at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship &amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each relationship&apos;s type and weight on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put moved nodes on a grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add C&amp;haracter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ch&amp;oice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a node of this type in the middle of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node of &amp;Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a node of a type of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join the two selected nodes with a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the story from top to bottom by chapter (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dead ends, unreachable scenes, loops and other problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story &amp;Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the ways the story can go from a scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through the story as a reader would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Docks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find id or text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hapter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the scenes of one chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the node table read so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is still running; wait for it to finish or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not make the folder for the sample story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.ryuk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk stories (*.ryuk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no story to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the story to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the selection (1 = 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale of the whole canvas (1 = 100 %):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arranging the story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the story again from its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of the new node:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly two nodes to connect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n node(s)</source>
        <translation>
            <numerusform>Copied %n node</numerusform>
            <numerusform>Copied %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>No node matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) match “%1”.</source>
        <translation>
            <numerusform>%n node matches “%1”.</numerusform>
            <numerusform>%n nodes match “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Story Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Not Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1 nodes, %2 relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n relationship(s)</source>
        <translation>
            <numerusform>Selected: %n relationship</numerusform>
            <numerusform>Selected: %n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n node(s)</source>
        <translation>
            <numerusform>Selected: %n node</numerusform>
            <numerusform>Selected: %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when Ryuk Studio starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::MetricsTableModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P95 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::NodeTableModel</name>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title / Name</source>
        <extracomment>Column header: a Scene&apos;s or Event&apos;s title, a Character&apos;s name or a Choice&apos;s text.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <extracomment>Column header: the node&apos;s horizontal position on the canvas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Y</source>
        <extracomment>Column header: the node&apos;s vertical position on the canvas.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::OutlineDock</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title or id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::OutlineModel</name>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::PlanView</name>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a story to see query plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full table scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite reads every row of the table for this step: no index serves its condition, so the time grows with the story. An index on the filtered columns would let it read only the matching rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) scan a whole table: every row is read. An index on the columns the query filters or sorts by would serve it.</source>
        <translation>
            <numerusform>%n step scans a whole table: every row is read. An index on the columns the query filters or sorts by would serve it.</numerusform>
            <numerusform>%n steps scan a whole table: every row is read. An index on the columns the query filters or sorts by would serve it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every step uses an index or a primary key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::PlayDialog</name>
    <message>
        <source>Play: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous scene (Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1, scene %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This scene has no summary yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody appears in this scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this scene: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story stops here: no way on, and the scene is not marked as an ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This choice leads nowhere yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::ProblemListModel</name>
    <message>
        <source>Dead end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dangling choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the story now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story changed. Press Check to validate it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads nowhere and is not marked as an ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes lead back to one another, starting with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice %1 leads nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in no scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to %2, which comes earlier in the same chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: no dead ends, unreachable scenes, loops, dangling choices, absent characters or scenes out of sequence.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::ProfilerWidget</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the newest figures (they are still recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the newest figures again, after a pause or a zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histogram as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load test chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency, p95 per query kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peak resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>85 % warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n second(s)</source>
        <translation>
            <numerusform>Last %n second</numerusform>
            <numerusform>Last %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget every recorded query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-scan steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VM steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected slow query&apos;s statement, with its parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow queries, at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency histogram: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory use (%1 MB) is over the budget of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory use (%1 MB) passed 85 % of the budget of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::StoryCanvas</name>
    <message>
        <source>Move nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export scale must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; at most %3 pixels per side can be exported. Choose a smaller scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for an image of %1 × %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story graph exported from Ryuk Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::StoryDocument</name>
    <message>
        <source>%1 was changed by another program or window since it was opened here. Reload it (File ▸ Reload) before editing; your change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change properties of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node has id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Paste %n node</numerusform>
            <numerusform>Paste %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>the node is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::StoryJob</name>
    <message>
        <source>unexpected failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ryuk::TimeChart</name>
    <message>
        <source>seconds before now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds before the pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
