<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
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
        <source>the story file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
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
    <name>Schema</name>
    <message>
        <source>cannot migrate the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate node &quot;%1&quot;</source>
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
        <source>node &quot;%1&quot; is a %2, not a Character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no node or relationship has id &quot;%1&quot;</source>
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
</context>
<context>
    <name>main</name>
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
        <source>or drop a .ryuk file here</source>
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
        <source>Open Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ryuk Studio could not open “%1”.</source>
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
</TS>
