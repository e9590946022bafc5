-- Folders of flows, per owner (flat: a name such as "Sites/North" is one folder). A flow's
-- folder column holds the folder's name; an empty folder is kept until deleted.
CREATE TABLE flow_folders (
    owner       VARCHAR(200)  NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT flow_folders_pk PRIMARY KEY (owner, name)
);

-- Folders named by flows stored before this table existed.
INSERT INTO flow_folders (owner, name, created_at)
    SELECT owner, folder, MIN(created_at) FROM flows WHERE folder IS NOT NULL GROUP BY owner, folder;

-- A label a person gives a published version ("before the Teams change"); the definition stays immutable.
ALTER TABLE flow_versions ADD COLUMN label VARCHAR(200);
